using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace StartupTerritoire.ClusteringBench;

/// <summary>
/// A trial of French morphology from Hunspell's dictionary (Debian <c>hunspell</c> and <c>hunspell-fr</c>): every word
/// of the texts is replaced by the lemma <c>hunspell -d fr -s</c> gives it ("réparé" → "réparer", "panneaux" →
/// "panneau"), before the engine's own analysis.
/// </summary>
internal static partial class HunspellLemmas
{
    public static Dictionary<string, string>? Load(IEnumerable<string> texts)
    {
        var words = texts.SelectMany(t => Word().Matches(t).Select(m => m.Value)).Distinct(StringComparer.Ordinal).ToList();
        var start = new ProcessStartInfo("hunspell", "-d fr -s")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.Environment["LANG"] = "C.UTF-8";
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }

        if (process is null)
        {
            return null;
        }

        var output = process.StandardOutput.ReadToEndAsync();
        foreach (var word in words)
        {
            process.StandardInput.WriteLine(word);
        }

        process.StandardInput.Close();
        process.WaitForExit();
        var lemmas = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in output.Result.Split('\n'))
        {
            var parts = line.Trim().Split(' ');
            if (parts.Length == 2)
            {
                lemmas.TryAdd(parts[0], parts[1]);
            }
        }

        return lemmas.Count == 0 ? null : lemmas;
    }

    public static string Lemmatize(string text, Dictionary<string, string> lemmas) =>
        Word().Replace(text, m => lemmas.GetValueOrDefault(m.Value) ?? m.Value);

    [GeneratedRegex(@"[\p{L}\p{N}-]+")]
    private static partial Regex Word();
}
