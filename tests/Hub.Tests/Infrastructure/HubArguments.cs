using System.Reflection;
using StartupTerritoire.Server.Realtime;

namespace StartupTerritoire.Server.Tests.Infrastructure;

/// <summary>
/// Arguments for any hub method that would be valid for the right caller in a test soirée whose workshop is "w",
/// so a refusal can only come from who is calling.
/// </summary>
public static class HubArguments
{
    public static object?[] Plausible(MethodInfo method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return [.. method.GetParameters().Select(Plausible)];
    }

    /// <summary>The type a method's completion carries, for <c>InvokeCoreAsync</c>.</summary>
    public static Type ResultType(MethodInfo method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return method.ReturnType.GenericTypeArguments.FirstOrDefault() ?? typeof(object);
    }

    private static object? Plausible(ParameterInfo p) => p.ParameterType switch
    {
        var t when t == typeof(string) => p.Name switch
        {
            "workshopId" => "w",
            "roundId" => "ideation",
            "text" or "title" or "name" or "nickname" or "column" => p.Name == "column" ? "idee" : "Texte",
            _ => "x-" + p.Name,
        },
        var t when t == typeof(int) || t == typeof(int?) => 1,
        var t when t == typeof(long) => 0L,
        var t when t == typeof(bool) => true,
        var t when t == typeof(string[]) => new[] { "x" },
        var t when t == typeof(RoundSpec) => new RoundSpec { Name = "Étape", DurationSeconds = 60 },
        var t when t == typeof(WorkshopSpec) => new WorkshopSpec { Format = "emergence", Title = "Défi", Challenge = "Comment ?" },
        var t when t == typeof(GroupSpec[]) => new[] { new GroupSpec { ClusterId = "c", Title = "T", NoteIds = ["x"] } },
        _ => null,
    };
}
