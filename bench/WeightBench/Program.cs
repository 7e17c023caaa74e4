using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using StartupTerritoire.WeightBench;

// What each page weighs on the wire, from the web build's output (its Brotli and gzip copies), and what compressing
// the phone's files on every request would cost the server instead. Build first: dotnet build src/Hub -c Release.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var webRoot = args.Length > 0 ? Path.GetFullPath(args[0]) : FindWebRoot();
if (!File.Exists(Path.Combine(webRoot, ".built")))
{
    Console.Error.WriteLine($"{webRoot} holds no built pages: run dotnet build src/Hub -c Release first.");
    return 2;
}

Console.WriteLine($"Web root: {webRoot}");
Console.WriteLine();
Console.WriteLine("| page | part | file | raw | gzip -9 | Brotli 11 |");
Console.WriteLine("|---|---|---|---:|---:|---:|");
var pages = Directory.GetFiles(webRoot, "*.html").Select(Path.GetFileName).Order(StringComparer.Ordinal).Select(p => PageFiles.Read(webRoot, p!)).ToList();
foreach (var page in pages)
{
    foreach (var (part, files) in new[] { ("first screen", page.FirstScreen), ("later", page.Later) })
    {
        foreach (var file in files)
        {
            Console.WriteLine($"| {page.Page} | {part} | {file} | {Size(file, ""):N0} | {Size(file, ".gz"):N0} | {Size(file, ".br"):N0} |");
        }

        if (files.Count > 0)
        {
            var scripts = files.Where(f => f.EndsWith(".js", StringComparison.Ordinal)).ToList();
            Console.WriteLine($"| {page.Page} | {part}: scripts | {scripts.Count} | {scripts.Sum(f => Size(f, "")):N0} | {scripts.Sum(f => Size(f, ".gz")):N0} | {scripts.Sum(f => Size(f, ".br")):N0} |");
            Console.WriteLine($"| {page.Page} | {part}: all | {files.Count} | {files.Sum(f => Size(f, "")):N0} | {files.Sum(f => Size(f, ".gz")):N0} | {files.Sum(f => Size(f, ".br")):N0} |");
        }
    }
}

// The phone's whole first visit (join form, then the live part), compressed as a response compression middleware
// would for every phone, at the levels .NET offers; the framework's default is Fastest.
var phone = pages.Single(p => p.Page == "phone.html");
var contents = phone.FirstScreen.Concat(phone.Later).Select(f => File.ReadAllBytes(Path.Combine(webRoot, f))).ToList();
Console.WriteLine();
Console.WriteLine($"Compressing the phone's {contents.Count} files ({contents.Sum(c => c.Length):N0} B) for each request, {Environment.ProcessorCount} cores:");
Console.WriteLine();
Console.WriteLine("| coding | level | bytes sent | CPU per phone | CPU for 300 phones |");
Console.WriteLine("|---|---|---:|---:|---:|");
foreach (var level in new[] { CompressionLevel.Fastest, CompressionLevel.Optimal, CompressionLevel.SmallestSize })
{
    foreach (var coding in new[] { "br", "gzip" })
    {
        var (bytes, cpu) = Measure(contents, coding, level);
        Console.WriteLine($"| {coding} | {level} | {bytes:N0} | {cpu.TotalMilliseconds:F2} ms | {cpu.TotalSeconds * 300:F2} s |");
    }
}

Console.WriteLine($"| br | build's copy (quality 11) | {phone.FirstScreen.Concat(phone.Later).Sum(f => Size(f, ".br")):N0} | 0 | 0 |");
Console.WriteLine($"| gzip | build's copy (level 9) | {phone.FirstScreen.Concat(phone.Later).Sum(f => Size(f, ".gz")):N0} | 0 | 0 |");
return 0;

long Size(string file, string suffix)
{
    var path = Path.Combine(webRoot, file + suffix);
    return File.Exists(path) ? new FileInfo(path).Length : new FileInfo(Path.Combine(webRoot, file)).Length;
}

// The process's CPU time per round over enough rounds to last about a second, after one round to warm up.
static (long Bytes, TimeSpan Cpu) Measure(IReadOnlyList<byte[]> contents, string coding, CompressionLevel level)
{
    long Round()
    {
        long sent = 0;
        foreach (var content in contents)
        {
            using var output = new MemoryStream();
            using (Stream compressor = coding == "br" ? new BrotliStream(output, level, leaveOpen: true) : new GZipStream(output, level, leaveOpen: true))
            {
                compressor.Write(content);
            }

            sent += output.Length;
        }

        return sent;
    }

    var bytes = Round();
    var process = Process.GetCurrentProcess();
    var wall = Stopwatch.StartNew();
    var start = process.TotalProcessorTime;
    var rounds = 0;
    while (wall.Elapsed < TimeSpan.FromSeconds(1) || rounds < 3)
    {
        Round();
        rounds++;
    }

    process.Refresh();
    return (bytes, (process.TotalProcessorTime - start) / rounds);
}

static string FindWebRoot()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        var candidate = Path.Combine(folder.FullName, "src", "Hub", "wwwroot");
        if (Directory.Exists(Path.Combine(folder.FullName, "src", "Hub")))
        {
            return candidate;
        }
    }

    return Path.GetFullPath(Path.Combine("src", "Hub", "wwwroot"));
}
