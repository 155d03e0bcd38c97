package id.simlayan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import id.simlayan.identity.Membership;
import id.simlayan.identity.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code /admin/pengguna} on a phone: one card per person, the roles and their revoke links on screen. */
class AdminUsersPhoneBrowserIT extends BrowserTest {

    @Test
    void onAPhoneTheUserListFitsTheScreenAndShowsEveryRole() {
        var unit = identities.aUnit();
        var staff = identities.aStaffMember(Set.of(new Membership(unit, Role.TECHNICIAN), new Membership(unit, Role.SUPERVISOR),
                new Membership(identities.frontDesk(), Role.AGENT)));
        var admin = person("admin", Viewport.PHONE).logIn(identities.anAdmin());
        var page = admin.page();

        admin.open("/admin/pengguna?q=" + staff.email());
        admin.assertFitsWidth();
        var card = page.locator(".user-card").filter(new Locator.FilterOptions().setHasText(staff.email()));
        assertThat(card).isVisible();
        var roles = card.locator(".user-role");
        assertThat(roles).hasCount(3);
        for (int i = 0; i < 3; i++) {
            var role = roles.nth(i);
            assertThat(role).isVisible();
            var box = role.boundingBox();
            org.assertj.core.api.Assertions.assertThat(box.x).as("left edge of role %d", i).isGreaterThanOrEqualTo(0.0);
            org.assertj.core.api.Assertions.assertThat(box.x + box.width).as("right edge of role %d", i)
                    .isLessThanOrEqualTo((double) Viewport.PHONE.width);
            var revoke = role.getByRole(com.microsoft.playwright.options.AriaRole.LINK);
            var link = revoke.boundingBox();
            org.assertj.core.api.Assertions.assertThat(link.x + link.width).as("revoke link of role %d", i)
                    .isLessThanOrEqualTo((double) Viewport.PHONE.width);
        }
        assertThat(card).containsText("Teknisi");
        assertThat(card).containsText("Pimpinan");
        assertThat(card).containsText("Agen help desk");
        admin.shot("01-users-phone");

        var desktop = person("admin-desktop").logIn(identities.anAdmin());
        desktop.open("/admin/pengguna?q=" + staff.email());
        assertThat(desktop.page().locator("table tbody tr").filter(new Locator.FilterOptions().setHasText(staff.email()))).isVisible();
        desktop.shot("02-users-desktop");
        admin.assertNoConsoleErrors();
    }
}
