// « Copier » beside a read-only field: shown only when scripts run, copies the field's text
// and says so to screen readers through the status beside it.
document.querySelectorAll("button[data-copy]").forEach((button) => {
  const field = document.getElementById(button.dataset.copy);
  const status = button.parentElement.querySelector(".copied");
  if (!field || !navigator.clipboard) {
    return;
  }
  button.hidden = false;
  button.addEventListener("click", async () => {
    await navigator.clipboard.writeText(field.value);
    if (status) {
      status.textContent = button.dataset.copied;
    }
  });
});
