// Registration form: shows the NIP and unit fields only when "ASN" is chosen.
// Without JavaScript the fields stay visible and are simply ignored for citizens.
document.addEventListener('DOMContentLoaded', function () {
  var box = document.querySelector('[data-asn-fields]');
  var radios = document.querySelectorAll('[data-register-kind]');
  if (!box || radios.length === 0) { return; }
  function update() {
    var asn = document.querySelector('[data-register-kind][value="ASN"]');
    box.classList.toggle('d-none', !(asn && asn.checked));
  }
  radios.forEach(function (r) { r.addEventListener('change', update); });
  update();
});
