namespace StartupTerritoire.Browser.Tests.Infrastructure;

/// <summary>
/// One response: its resource type as Chromium names it (Document, Script, Stylesheet, Fetch, …), its status, its
/// Content-Encoding, the bytes that crossed the wire (headers and encoded body; none when the browser's cache
/// answered) and when it was sent and finished, in milliseconds since its page was asked for.
/// </summary>
public sealed record Transfer(string Url, string Type, int Status, string? ContentEncoding, long Bytes, bool FromCache, double SentMs, double FinishedMs)
{
    /// <summary>The path and query, enough to tell the resources of one server apart.</summary>
    public string Path => Uri.TryCreate(Url, UriKind.Absolute, out var uri) ? uri.PathAndQuery : Url;

    public bool IsScript => Type == "Script";

    public bool IsStylesheet => Type == "Stylesheet";
}
