// "Cetak tanda terima": prints the page; app.css (@media print) keeps only the receipt.
document.addEventListener('click', function (event) {
  if (event.target.closest && event.target.closest('[data-print-receipt]')) {
    window.print();
  }
});
