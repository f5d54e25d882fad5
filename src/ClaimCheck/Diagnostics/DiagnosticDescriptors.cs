using static ClaimCheck.Diagnostics.DiagnosticSeverity;

namespace ClaimCheck.Diagnostics;

/// <summary>
/// Every diagnostic ClaimCheck can report. IDs are never reused: suppressions and CI
/// configuration refer to them. CC1 syntax, CC2 binding, CC3 C# blocks, CC4 articles,
/// CC5 configuration and registry, CC6 check time, CC9 command line and I/O.
/// </summary>
public static class DiagnosticDescriptors
{
    // CC1xxx: syntax
    public static readonly DiagnosticDescriptor UnexpectedToken = new("CC1001", Error, "Syntax error", "Expected {0}, found {1}.");
    public static readonly DiagnosticDescriptor UnterminatedString = new("CC1002", Error, "Unterminated string", "The string is not closed: add a '\"' before the end of the line.");
    public static readonly DiagnosticDescriptor UnterminatedRegex = new("CC1003", Error, "Unterminated regex", "The regular expression is not closed: add a '/' before the end of the line.");
    public static readonly DiagnosticDescriptor DuplicateClause = new("CC1004", Error, "Duplicate clause", "The rule already has a '{0}' clause.");
    public static readonly DiagnosticDescriptor NestingTooDeep = new("CC1005", Error, "Expression nested too deeply", "The expression is nested more than {0} levels deep.");
    public static readonly DiagnosticDescriptor UnterminatedInterpolation = new("CC1006", Error, "Unterminated interpolation", "The '{{' in the message template is not closed: add '}}' (write '{{{{' for a literal brace).");
    public static readonly DiagnosticDescriptor UnterminatedCSharp = new("CC1007", Error, "Unterminated C# block", "The 'csharp {{' block is not closed with '}}'.");
    public static readonly DiagnosticDescriptor FileTooLarge = new("CC1008", Error, "Rule file too large", "The rule file is larger than {0} characters.");

    // CC2xxx: binding
    public static readonly DiagnosticDescriptor UnknownMember = new("CC2001", Error, "Unknown member", "'{0}' has no member '{1}'{2}");
    public static readonly DiagnosticDescriptor TypeMismatch = new("CC2002", Error, "Type mismatch", "{0}");
    public static readonly DiagnosticDescriptor InvalidRegex = new("CC2003", Error, "Invalid regular expression", "The regular expression is not valid: {0}");
    public static readonly DiagnosticDescriptor UnknownPhrase = new("CC2004", Error, "Unknown phrase", "No phrase '{0}' is defined for {1}{2}");
    public static readonly DiagnosticDescriptor DuplicateRuleId = new("CC2005", Error, "Duplicate rule ID", "Rule ID '{0}' is already used at {1}.");
    public static readonly DiagnosticDescriptor MissingUseFile = new("CC2006", Error, "Missing imported file", "The file '{0}' named by 'use' does not exist.");
    public static readonly DiagnosticDescriptor UnknownSubjectKind = new("CC2007", Error, "Unknown subject kind", "'{0}' is not something a rule can check{1}");
    public static readonly DiagnosticDescriptor UnknownName = new("CC2008", Error, "Unknown name", "The name '{0}' is not defined here{1}");
    public static readonly DiagnosticDescriptor RuleWithoutCheck = new("CC2009", Error, "Rule without a check", "Rule '{0}' has no 'require', 'forbid' or 'report' clause, so it can never report anything.");
    public static readonly DiagnosticDescriptor UnknownSeverity = new("CC2010", Error, "Unknown severity", "'{0}' is not a severity; use error, warning or info.");
    public static readonly DiagnosticDescriptor NotACondition = new("CC2011", Error, "Not a condition", "The {0} clause needs a true/false condition, but this expression is {1}.");
    public static readonly DiagnosticDescriptor PolicyWithoutModal = new("CC2012", Error, "Policy sentence without 'must' or 'should'", "The policy sentence needs 'must', 'should' or 'shall' (optionally followed by 'not' or 'never') between its subject and its requirement.");
    public static readonly DiagnosticDescriptor DuplicatePhrase = new("CC2013", Error, "Duplicate phrase", "The phrase '{0}' for {1} is already defined at {2}.");
    public static readonly DiagnosticDescriptor UnknownPolicySubject = new("CC2014", Error, "Unknown policy subject", "The policy sentence must start with what it checks (statements, quotes, claims, ...), not '{0}'{1}");
    public static readonly DiagnosticDescriptor UnknownRegexFlag = new("CC2015", Error, "Unknown regex flag", "'{0}' is not a regex flag; use i (ignore case), m (multi-line), s (dot matches newline) or x (ignore white space).");
    public static readonly DiagnosticDescriptor ImportOutsidePack = new("CC2016", Error, "Import outside the rule pack", "'use' may only name files inside the folder of the rule file that is loaded: '{0}' is outside it.");
    public static readonly DiagnosticDescriptor NotAList = new("CC2017", Error, "Not a list", "'{0}' needs a list, but this expression is {1}.");
    public static readonly DiagnosticDescriptor DuplicateVariable = new("CC2018", Error, "Duplicate variable", "The name '{0}' is already in use here; pick another.");
    public static readonly DiagnosticDescriptor InvalidNumber = new("CC2020", Error, "Invalid literal", "'{0}' is not a valid {1}.");
    public static readonly DiagnosticDescriptor ClauseNotAllowed = new("CC2021", Error, "Clause not allowed in a policy rule", "A policy-sentence rule takes its subject and its check from the sentence; '{0}' is not allowed here (use the full rule form instead).");
    public static readonly DiagnosticDescriptor PhraseUsedOnWrongKind = new("CC2022", Error, "Phrase for another kind", "The phrase '{0}' is defined for {1}, not for {2}.");

    // CC3xxx: embedded C# blocks. CC3000 ("C# blocks not available") is retired: never reuse it.
    public static readonly DiagnosticDescriptor CSharpError = new("CC3001", Error, "C# error", "{0}");
    public static readonly DiagnosticDescriptor CSharpApiNotAllowed = new("CC3002", Error, "Not allowed in a C# block", "'{0}' is not allowed in a C# block: {1}");
    public static readonly DiagnosticDescriptor CSharpResultType = new("CC3003", Error, "C# block of an unusable type", "A C# block of type '{0}' cannot be used in a rule; it must give a bool, a string, a number, a DateOnly, a model object or a sequence of them.");
    public static readonly DiagnosticDescriptor CSharpRegexNotLinear = new("CC3004", Error, "Regex without NonBacktracking", "'{0}' needs RegexOptions.NonBacktracking (as a constant) in a C# block, so the regex runs in linear time.");
    public static readonly DiagnosticDescriptor CSharpConstructNotAllowed = new("CC3005", Error, "Construct not allowed in a C# block", "{0} is not allowed in a C# block: {1}");

    // CC4xxx: articles
    public static readonly DiagnosticDescriptor ArticleUnreadable = new("CC4001", Error, "Article cannot be read", "The article cannot be read: {0}");
    public static readonly DiagnosticDescriptor ModelSyntax = new("CC4002", Error, "Malformed model file", "{0}");
    public static readonly DiagnosticDescriptor ModelField = new("CC4003", Error, "Invalid model field", "Field '{0}': {1}");
    public static readonly DiagnosticDescriptor SpanOutOfRange = new("CC4004", Error, "Span outside the text", "Field '{0}': the span {1}..{2} lies outside the text, which has {3} characters.");
    public static readonly DiagnosticDescriptor SpanTextMismatch = new("CC4005", Warning, "Span does not match its text", "Field '{0}': the span covers \"{1}\", not \"{2}\".");
    public static readonly DiagnosticDescriptor UnknownEntityReference = new("CC4006", Error, "Unknown entity", "Field '{0}': no entity has the id '{1}'{2}");
    public static readonly DiagnosticDescriptor DuplicateModelId = new("CC4007", Error, "Duplicate id", "Field '{0}': the id '{1}' is used twice.");
    public static readonly DiagnosticDescriptor UnsupportedArticleFormat = new("CC4008", Error, "Unsupported article format", "'{0}' is not an article format ClaimCheck reads; give an article (.txt, .md, .html, .htm) or a model file (.json, .yaml, .yml).");
    public static readonly DiagnosticDescriptor UnknownStatementReference = new("CC4009", Error, "Unknown statement", "Field '{0}': no statement has the id '{1}'{2}");
    public static readonly DiagnosticDescriptor SourceFileDiffers = new("CC4010", Warning, "Source file differs from the model", "Field '{0}': the file '{1}' differs from the model's text, so locations point into the model's text.");

    // CC41xx: extraction from text, Markdown and HTML articles
    public static readonly DiagnosticDescriptor BinaryArticle = new("CC4101", Error, "Article is not text", "The file contains a NUL character here, so it is not a text, Markdown or HTML article.");
    public static readonly DiagnosticDescriptor InvalidUtf8 = new("CC4102", Error, "Article is not UTF-8", "The byte 0x{0} here is not valid UTF-8; save the article as UTF-8.");
    public static readonly DiagnosticDescriptor FrontMatterSyntax = new("CC4103", Error, "Malformed front matter", "The YAML front matter cannot be read: {0}");
    public static readonly DiagnosticDescriptor FrontMatterField = new("CC4104", Warning, "Front matter field ignored", "The front matter field '{0}' is ignored: {1}");
    public static readonly DiagnosticDescriptor LexiconUnreadable = new("CC4105", Error, "Lexicon file cannot be read", "The lexicon file '{0}' cannot be read: {1}");
    public static readonly DiagnosticDescriptor EmptyArticle = new("CC4106", Warning, "Article has no text", "The article has no text, so there is nothing to check.");
    public static readonly DiagnosticDescriptor LexiconFolderMissing = new("CC4107", Error, "Lexicon folder not found", "The lexicon folder '{0}' does not exist.");
    // CC5xxx: registry files (CC5001-CC5049)
    public static readonly DiagnosticDescriptor RegistryUnreadable = new("CC5001", Error, "Registry file cannot be read", "The registry file cannot be read: {0}");
    public static readonly DiagnosticDescriptor RegistrySyntax = new("CC5002", Error, "Malformed registry file", "{0}");
    public static readonly DiagnosticDescriptor RegistryUnknownKey = new("CC5003", Error, "Unknown registry field", "'{0}' is not a field of {1}{2}");
    public static readonly DiagnosticDescriptor RegistryMissingField = new("CC5004", Error, "Missing registry field", "This {0} has no '{1}', which it needs.");
    public static readonly DiagnosticDescriptor RegistryMalformedDate = new("CC5005", Error, "Malformed registry date", "'{0}' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY.");
    public static readonly DiagnosticDescriptor RegistryEndBeforeStart = new("CC5006", Error, "Office ends before it begins", "The office ends ({0}) before it begins ({1}).");
    public static readonly DiagnosticDescriptor RegistryDuplicateId = new("CC5007", Error, "Duplicate registry id", "The id '{0}' is already used at {1}.");
    public static readonly DiagnosticDescriptor RegistryDuplicateAlias = new("CC5008", Error, "Duplicate registry alias", "The alias '{0}' is already a name of '{1}' at {2}; an alias must name one entry.");
    public static readonly DiagnosticDescriptor RegistryWrongShape = new("CC5009", Error, "Registry value of the wrong kind", "'{0}' must be {1}.");
    public static readonly DiagnosticDescriptor RegistryUnknownReference = new("CC5010", Error, "Unknown registry reference", "No organization or outlet has the id '{0}'{1}");
    public static readonly DiagnosticDescriptor RegistryUnknownOutletKind = new("CC5011", Error, "Unknown outlet kind", "'{0}' is not an outlet kind; use state-agency, public-broadcaster, private or wire.");
    public static readonly DiagnosticDescriptor AmbiguousRegistryLink = new("CC5040", Info, "Ambiguous registry link", "'{0}' could be {1} in the registry, so it is left unlinked.");
    // CC51xx: configuration (claimcheck.yaml)
    public static readonly DiagnosticDescriptor ConfigSyntax = new("CC5101", Error, "Malformed configuration", "The configuration is not valid YAML: {0}");
    public static readonly DiagnosticDescriptor UnknownConfigKey = new("CC5102", Error, "Unknown configuration key", "'{0}' is not a configuration key{1}");
    public static readonly DiagnosticDescriptor InvalidConfigValue = new("CC5103", Error, "Invalid configuration value", "'{0}': {1}");
    public static readonly DiagnosticDescriptor ConfigUnreadable = new("CC5104", Error, "Configuration cannot be read", "The configuration file cannot be read: {0}");

    // CC6xxx: check time
    public static readonly DiagnosticDescriptor RuleEvaluationFailed = new("CC6001", Error, "Rule could not be evaluated", "Rule '{0}' could not be evaluated on this article: {1}");
    public static readonly DiagnosticDescriptor CSharpTimeLimit = new("CC6002", Error, "C# block stopped at its time limit", "Rule '{0}' was stopped on this article: its C# blocks ran longer than {1} ms.");

    public static readonly DiagnosticDescriptor SuppressionWithoutReason = new("CC6010", Warning, "Suppression without a reason", "The suppression of '{0}' gives no reason; say why the finding is accepted.");
    public static readonly DiagnosticDescriptor UnusedSuppression = new("CC6011", Warning, "Suppression that matched nothing", "The suppression of '{0}' matched no finding; remove it, or correct its rule ID or place.");

    // CC9xxx: command line and I/O
    public static readonly DiagnosticDescriptor PathNotFound = new("CC9001", Error, "Path not found", "'{0}' does not exist.");
    public static readonly DiagnosticDescriptor NoArticles = new("CC9002", Error, "No articles", "No article files were found in {0}.");
    public static readonly DiagnosticDescriptor OutputFailed = new("CC9003", Error, "Output not written", "The report could not be written to '{0}': {1}");
    public static readonly DiagnosticDescriptor UnknownRule = new("CC9004", Error, "Unknown rule", "No loaded rule has the ID '{0}'{1}");
    public static readonly DiagnosticDescriptor RuleFileUnreadable = new("CC9005", Error, "Rule file cannot be read", "The rule file cannot be read: {0}");

    // CC9030-CC9049: 'claimcheck test' and 'claimcheck init'
    public static readonly DiagnosticDescriptor ExpectationUnknownRule = new("CC9030", Error, "Expectation names an unknown rule", "The expectation names '{0}', which is not a loaded rule{1}");
    public static readonly DiagnosticDescriptor ExpectationWithoutParagraph = new("CC9031", Error, "Expectation without a paragraph", "The '{0}:' comment is not followed by a paragraph of the article.");
    public static readonly DiagnosticDescriptor ExpectationWithoutRule = new("CC9032", Error, "Expectation without a rule", "The '{0}:' comment names no rule; write the rule IDs after the colon, separated by commas.");
    public static readonly DiagnosticDescriptor ExpectedFindingMissing = new("CC9033", Error, "Expected finding missing", "Rule '{0}' was expected to fire in this paragraph, but it did not.");
    public static readonly DiagnosticDescriptor UnexpectedFinding = new("CC9034", Error, "Unexpected finding", "Rule '{0}' fired in a paragraph marked 'ok: {0}': {1}");
    public static readonly DiagnosticDescriptor SnapshotDiffers = new("CC9035", Error, "Snapshot differs", "The report differs from the verified snapshot; review '{0}' and accept it with --accept.");
    public static readonly DiagnosticDescriptor SnapshotMissing = new("CC9036", Error, "Snapshot missing", "There is no verified snapshot yet; review '{0}' and accept it with --accept.");
    public static readonly DiagnosticDescriptor RuleNeverFires = new("CC9037", Error, "Rule never fires", "Rule '{0}' fires in no fixture; add a fixture that breaks it.");
    public static readonly DiagnosticDescriptor RuleNeverPasses = new("CC9038", Error, "Rule never passes", "Rule '{0}' passes in no fixture; add a fixture where it applies and holds.");
    public static readonly DiagnosticDescriptor InitFileExists = new("CC9039", Error, "File already exists", "'{0}' already exists; 'claimcheck init' never overwrites a file.");

    public static readonly DiagnosticDescriptor BaselineUnreadable = new("CC9010", Error, "Baseline cannot be read", "The baseline cannot be read: {0}");
    public static readonly DiagnosticDescriptor BaselineMalformed = new("CC9011", Error, "Baseline is not a report", "The baseline is not a ClaimCheck JSON, JSON Lines or SARIF report: {0}");

    /// <summary>All descriptors, in ID order (used by docs and the meta-test that each one is tested).</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        typeof(DiagnosticDescriptors).GetFields()
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToArray();
}
