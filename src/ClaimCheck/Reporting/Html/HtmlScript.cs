namespace ClaimCheck.Reporting.Html;

/// <summary>
/// The page's script: the severity filters (each box toggles a <c>hide-…</c> class on the
/// root, which the style sheet turns into <c>display:none</c>), and pointing at a note
/// outlines the passage it concerns.
/// </summary>
internal static class HtmlScript
{
    public const string Js = """

(function () {
  var root = document.documentElement;
  document.querySelectorAll('input[data-filter]').forEach(function (box) {
    function apply() { root.classList.toggle('hide-' + box.getAttribute('data-filter'), !box.checked); }
    box.addEventListener('change', apply);
    apply();
  });
  document.querySelectorAll('.finding').forEach(function (note) {
    var passage = document.querySelectorAll('[data-f="' + note.id + '"]');
    function mark(on) { passage.forEach(function (span) { span.classList.toggle('focus', on); }); }
    ['mouseenter', 'focusin'].forEach(function (e) { note.addEventListener(e, function () { mark(true); }); });
    ['mouseleave', 'focusout'].forEach(function (e) { note.addEventListener(e, function () { mark(false); }); });
  });
})();

""";
}
