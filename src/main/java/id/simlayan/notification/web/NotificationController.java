package id.simlayan.notification.web;

import id.simlayan.identity.CurrentUser;
import id.simlayan.notification.internal.InAppNotifications;
import id.simlayan.platform.LiveUpdates;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own notifications: list, open (marks read), mark all read, badge count. */
@Controller
@RequestMapping("/notifikasi")
class NotificationController {

    static final int PAGE_SIZE = 20;
    /** Only local paths: a leading slash, not "//" (another host), no backslash, no control characters. */
    private static final Pattern LOCAL_PATH = Pattern.compile("^/(?![/\\\\])[A-Za-z0-9/_\\-.~%?=&]*$");

    private final InAppNotifications notifications;
    private final LiveUpdates live;
    private final MessageSource messages;

    NotificationController(InAppNotifications notifications, LiveUpdates live, MessageSource messages) {
        this.notifications = notifications;
        this.live = live;
        this.messages = messages;
    }

    @GetMapping
    String list(CurrentUser user, @RequestParam(name = "halaman", defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response, Model model) {
        model.addAttribute("notifications", notifications.page(user.id(), page, PAGE_SIZE));
        if (htmx != null) {
            // the list reloaded because something arrived: let the navbar badge follow
            response.setHeader("HX-Trigger", "notif-changed");
            return "notification/list :: items";
        }
        return "notification/list";
    }

    /** The navbar badge (polled by the layout): a red pill with the unread count, or nothing. */
    @GetMapping("/jumlah")
    String count(CurrentUser user, Model model) {
        model.addAttribute("unread", notifications.unreadCount(user.id()));
        return "notification/badge";
    }

    /** Marks the notification read and follows its link. Someone else's notification is "not found". */
    @GetMapping("/{id}")
    String open(CurrentUser user, @PathVariable UUID id) {
        String link = notifications.open(user.id(), id)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        return "redirect:" + (isLocalPath(link) ? link : "/notifikasi");
    }

    @PostMapping("/tandai-dibaca")
    String markAllRead(CurrentUser user, @RequestHeader(name = "HX-Request", required = false) String htmx,
                       RedirectAttributes redirect, HttpServletResponse response, Model model) {
        notifications.markAllRead(user.id());
        if (htmx != null) {
            // the layout's badge listens for this event and reloads itself
            response.setHeader("HX-Trigger", "notif-changed");
            model.addAttribute("notifications", notifications.page(user.id(), 0, PAGE_SIZE));
            return "notification/list :: items";
        }
        redirect.addFlashAttribute("flash", messages.getMessage("notification.list.markedAll", null, LocaleContextHolder.getLocale()));
        return "redirect:/notifikasi";
    }

    /** Server-Sent Events for the user's own topic: "notification" when a new one arrives. */
    @GetMapping(path = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter live(CurrentUser user) {
        return live.subscribe(InAppNotifications.topic(user.id()));
    }

    static boolean isLocalPath(String link) {
        return link != null && LOCAL_PATH.matcher(link).matches();
    }
}
