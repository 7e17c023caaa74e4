using StartupTerritoire.WorkshopEngine;

namespace StartupTerritoire.Server.Exports;

/// <summary>The body of an import, read whole up to a limit; a larger one is refused as input, never with a bare 413.</summary>
internal static class ImportBody
{
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpRequest http, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.ContentLength > maxBytes)
        {
            throw TooLarge();
        }

        using var buffer = new MemoryStream();
        try
        {
            await http.Body.CopyToAsync(buffer, cancellationToken);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // A body sent without its length, found too large while reading.
            throw TooLarge();
        }

        return buffer.Length > maxBytes ? throw TooLarge() : buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private static WorkshopException TooLarge() => new(ErrorCodes.InvalidArgument, "The file is too large.");
}
