using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimCheck.Tests.Reporting.Html.Browser;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Reporting.Html;

/// <summary>
/// Opens the seed's HTML report in headless Chromium and checks what a reader sees: every
/// finding's note visible beside its paragraph, the severity filters working, no request
/// leaving the page. Saves a screenshot as a test attachment.
/// </summary>
[NonParallelizable]
public class HtmlReportBrowserTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan LoadTimeout = TimeSpan.FromSeconds(30);

    private const string NotesGeometry = """
        JSON.stringify([...document.querySelectorAll('aside.finding')].map(note => {
          const para = document.getElementById(note.dataset.para);
          const paras = [...document.querySelectorAll('p.para')];
          const next = paras[paras.indexOf(para) + 1];
          const n = note.getBoundingClientRect(), p = para.getBoundingClientRect();
          const style = getComputedStyle(note);
          return {
            id: note.id, rule: note.dataset.rule, para: note.dataset.para, severity: [...note.classList].find(c => c.startsWith('sev-')),
            display: style.display, visibility: style.visibility, width: n.width, height: n.height,
            top: n.top + scrollY, bottom: n.bottom + scrollY, left: n.left,
            paraTop: p.top + scrollY, paraBottom: p.bottom + scrollY, paraRight: p.right,
            nextTop: next ? next.getBoundingClientRect().top + scrollY : null,
            badge: !!para.querySelector('a.badge[href="#' + note.id + '"]'),
          };
        }))
        """;

    [Test]
    public async Task HtmlReport_SeedInChromium_ShowsEveryFindingBesideItsParagraph()
    {
        RequireChromium();
        using var folder = new TempFolder();
        var page = Path.Combine(folder.Path, "damascus.html");
        var run = CliRunner.RunInRepo("check", "examples/damascus.json", "--format", "html", "--output", page);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        var expected = SeedFindingRules();

        using var browser = await HeadlessChromium.LaunchAsync(StartTimeout);
        var session = await OpenAsync(browser, page);

        var notes = await Geometry(browser, session);
        Assert.That(notes.Select(n => (string)n["rule"]!), Is.EqualTo(expected), "one note per finding of the JSON report, in the same order");
        string? previousPara = null;
        var previousBottom = 0.0;
        foreach (var note in notes)
        {
            var what = $"{note["id"]} ({note["rule"]})";
            Assert.That((string?)note["display"], Is.Not.EqualTo("none"), what);
            Assert.That((string?)note["visibility"], Is.EqualTo("visible"), what);
            Assert.That((double)note["width"]!, Is.GreaterThan(0), what);
            Assert.That((double)note["height"]!, Is.GreaterThan(0), what);
            Assert.That((bool)note["badge"]!, Is.True, $"{what}: its paragraph carries the note's numbered marker");
            // Beside: right of the paragraph; the first note level with it, the others stacked
            // right under it, and none reaching down to the next paragraph.
            Assert.That((double)note["left"]!, Is.GreaterThanOrEqualTo((double)note["paraRight"]!), $"{what} is right of its paragraph");
            var para = (string)note["para"]!;
            if (para != previousPara)
                Assert.That((double)note["top"]!, Is.InRange((double)note["paraTop"]! - 2, (double)note["paraBottom"]!), $"{what} starts level with its paragraph");
            else
                Assert.That((double)note["top"]! - previousBottom, Is.InRange(0, 16), $"{what} follows the note above it for the same paragraph");
            if (note["nextTop"] is JsonNode nextTop)
                Assert.That((double)note["bottom"]!, Is.LessThanOrEqualTo((double)nextTop + 1), $"{what} ends before the next paragraph");
            previousPara = para;
            previousBottom = (double)note["bottom"]!;
        }

        await SaveScreenshot(browser, session, "html-report-damascus.png");

        await browser.EvaluateAsync(session, "document.getElementById('show-warning').click()");
        var filtered = await Geometry(browser, session);
        Assert.That(filtered.Where(n => (string?)n["severity"] == "sev-warning"), Has.Some.Matches<JsonNode>(_ => true), "the seed has warnings");
        foreach (var note in filtered)
        {
            var hidden = (string?)note["display"] == "none" && (double)note["height"]! == 0;
            Assert.That(hidden, Is.EqualTo((string?)note["severity"] == "sev-warning"), $"{note["id"]}: only warnings are hidden after unticking 'warning'");
        }
        var visibleWarningBadges = await browser.EvaluateAsync(session,
            "[...document.querySelectorAll('a.badge.sev-warning')].filter(b => b.getBoundingClientRect().width > 0).length");
        Assert.That(visibleWarningBadges.GetInt32(), Is.Zero, "the warnings' markers in the text are hidden too");

        var requests = browser.Connection.Events.Where(e => e.Method == "Network.requestWillBeSent")
            .Select(e => e.Params.GetProperty("request").GetProperty("url").GetString()!).ToList();
        Assert.That(requests, Is.EqualTo(new[] { new Uri(page).AbsoluteUri }), "the page itself is the only request: no fonts, scripts, styles or images from elsewhere");
    }

    [Test]
    public async Task HtmlReport_SuppressedFindingInChromium_IsShownAsSuppressedAndItsBoxHidesIt()
    {
        RequireChromium();
        using var folder = new TempFolder();
        folder.Copy("examples/damascus.txt");
        var model = JsonNode.Parse(File.ReadAllText(RepoPaths.Of("examples", "damascus.json")))!;
        model["suppressions"] = new JsonArray(new JsonObject { ["rule"] = "STYLE001", ["reason"] = "Putin needs no title on this desk." });
        folder.Write("damascus.json", model.ToJsonString());
        var page = Path.Combine(folder.Path, "damascus.html");
        var run = CliRunner.Run(folder.Path, "check", "damascus.json", "--format", "html", "--output", page);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);

        using var browser = await HeadlessChromium.LaunchAsync(StartTimeout);
        var session = await OpenAsync(browser, page);

        const string Suppressed = """
            JSON.stringify([...document.querySelectorAll('aside.finding.suppressed')].map(n => ({
              rule: n.dataset.rule, height: n.getBoundingClientRect().height, text: n.querySelector('.supp').textContent })))
            """;
        var before = JsonNode.Parse((await browser.EvaluateAsync(session, Suppressed)).GetString()!)!.AsArray();
        Assert.That(before, Has.Count.EqualTo(1));
        Assert.That((string?)before[0]!["rule"], Is.EqualTo("STYLE001"));
        Assert.That((double)before[0]!["height"]!, Is.GreaterThan(0), "shown, marked suppressed");
        Assert.That((string?)before[0]!["text"], Is.EqualTo("Suppressed: Putin needs no title on this desk."));

        await browser.EvaluateAsync(session, "document.getElementById('show-suppressed').click()");
        var after = JsonNode.Parse((await browser.EvaluateAsync(session, Suppressed)).GetString()!)!.AsArray();
        Assert.That((double)after[0]!["height"]!, Is.Zero, "unticking 'suppressed' hides it");
        var shown = await browser.EvaluateAsync(session, "[...document.querySelectorAll('aside.finding')].filter(n => n.getBoundingClientRect().height > 0).length");
        Assert.That(shown.GetInt32(), Is.EqualTo(9), "the other nine findings stay");
    }

    private static async Task<string> OpenAsync(HeadlessChromium browser, string page)
    {
        var session = await browser.OpenPageAsync();
        await browser.Connection.SendAsync("Network.enable", null, session);
        await browser.Connection.SendAsync("Page.enable", null, session);
        await browser.Connection.SendAsync("Emulation.setDeviceMetricsOverride", new { width = 1400, height = 1000, deviceScaleFactor = 1, mobile = false }, session);
        var loaded = browser.Connection.NextEvent("Page.loadEventFired");
        await browser.Connection.SendAsync("Page.navigate", new { url = new Uri(page).AbsoluteUri }, session);
        await loaded.WaitAsync(LoadTimeout);
        return session;
    }

    /// <summary>Skips on a developer machine without Chromium; on CI (CI=true) a missing browser is a failure, not a skip.</summary>
    private static void RequireChromium()
    {
        if (HeadlessChromium.IsInstalled)
            return;
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail($"CI=true but Chromium is not installed at {HeadlessChromium.DefaultPath}; .ci/run installs it with apt-get.");
        Assert.Ignore($"Chromium is not installed at {HeadlessChromium.DefaultPath} (apt-get install -y chromium), so the HTML report's browser test is skipped; with CI=true it would fail.");
    }

    private static List<string> SeedFindingRules()
    {
        var json = CliRunner.RunInRepo("check", "examples/damascus.json", "--format", "json");
        return JsonNode.Parse(json.Output)!["articles"]![0]!["findings"]!.AsArray().Select(f => (string)f!["rule"]!).ToList();
    }

    private static async Task<List<JsonNode>> Geometry(HeadlessChromium browser, string session)
    {
        var value = await browser.EvaluateAsync(session, NotesGeometry);
        return JsonNode.Parse(value.GetString()!)!.AsArray().Select(n => n!).ToList();
    }

    private static async Task SaveScreenshot(HeadlessChromium browser, string session, string name)
    {
        var height = (await browser.EvaluateAsync(session, "Math.ceil(document.documentElement.scrollHeight)")).GetInt32();
        await browser.Connection.SendAsync("Emulation.setDeviceMetricsOverride", new { width = 1400, height = Math.Min(height, 8000), deviceScaleFactor = 1, mobile = false }, session);
        var shot = await browser.Connection.SendAsync("Page.captureScreenshot", new { format = "png" }, session);
        var bytes = Convert.FromBase64String(shot.GetProperty("data").GetString()!);
        Assert.That(bytes.Take(8), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "a PNG");

        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, name);
        await File.WriteAllBytesAsync(path, bytes);
        TestContext.AddTestAttachment(path, "The seed's HTML report in headless Chromium, 1400 px wide");
        TestContext.Progress.WriteLine($"Screenshot: {path}");
    }
}
