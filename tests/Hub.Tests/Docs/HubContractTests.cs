using System.Reflection;
using System.Text.Json;
using MessagePack;
using StartupTerritoire.Server.Realtime;
using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Docs;

/// <summary>
/// docs/protocol.md is what an outside client is written from: every hub method it lists is the hub's, with the same
/// arguments in the same order and of the same types, the same roles and the same result, and every argument object
/// has the keys it lists, in both protocols. A method added to the hub and not to the document fails here.
/// </summary>
public sealed class HubContractTests
{
    private static readonly ProtocolDoc s_doc = ProtocolDoc.Load();
    private static readonly NullabilityInfoContext s_nullability = new();

    [Fact]
    public void TheDocumentListsEveryHubMethodAndNoOther()
    {
        Assert.Equal(HubMethods().Select(m => m.Name).Order(StringComparer.Ordinal), s_doc.HubMethods.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EachHubMethodTakesTheDocumentedArgumentsInOrderForTheDocumentedRolesAndReturnsTheDocumentedResult()
    {
        var problems = new List<string>();
        foreach (var method in HubMethods())
        {
            if (!s_doc.HubMethods.TryGetValue(method.Name, out var documented))
            {
                continue;
            }

            var actual = method.GetParameters().Select(p => (WireType(p.ParameterType, s_nullability.Create(p)), p.Name!)).ToList();
            if (!actual.SequenceEqual(documented.Parameters))
            {
                problems.Add($"{method.Name}({Signature(actual)}) is documented as ({Signature(documented.Parameters)})");
            }

            var roles = method.GetCustomAttribute<AllowAttribute>()!.Roles.Select(WireRole).Order(StringComparer.Ordinal);
            if (!roles.SequenceEqual(documented.Roles.Order(StringComparer.Ordinal)))
            {
                problems.Add($"{method.Name} is allowed to {string.Join(", ", roles)}, documented for {string.Join(", ", documented.Roles)}");
            }

            var result = method.ReturnType.IsGenericType ? method.ReturnType.GenericTypeArguments[0] : method.ReturnType;
            if (WireType(result, null) != documented.Returns)
            {
                problems.Add($"{method.Name} returns {WireType(result, null)}, documented as {documented.Returns}");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [InlineData(typeof(WorkshopSpec))]
    [InlineData(typeof(RoundSpec))]
    [InlineData(typeof(ColumnSpec))]
    [InlineData(typeof(GroupSpec))]
    public void EachArgumentObjectHasTheDocumentedKeysInBothProtocols(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        var messagePack = properties.Select(p => p.GetCustomAttribute<KeyAttribute>()!.StringKey!).Order(StringComparer.Ordinal);
        var json = properties.Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).Order(StringComparer.Ordinal);

        Assert.Equal(s_doc.ArgumentObjects[type.Name].Order(StringComparer.Ordinal), messagePack);
        Assert.Equal(messagePack, json);
    }

    private static IEnumerable<MethodInfo> HubMethods() =>
        typeof(WorkshopHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.GetCustomAttribute<AllowAttribute>() is not null);

    private static string Signature(IEnumerable<(string Type, string Name)> parameters) => string.Join(", ", parameters.Select(p => $"{p.Type} {p.Name}"));

    private static string WireRole(WorkshopEngine.Access.Role role) => role == WorkshopEngine.Access.Role.CoAnimator ? "coAnimator" : role.ToString().ToLowerInvariant();

    // The type as the document writes it: C# keywords, "?" for what may be null, "[]" for arrays.
    private static string WireType(Type type, NullabilityInfo? nullability)
    {
        if (Nullable.GetUnderlyingType(type) is { } value)
        {
            return WireType(value, null) + "?";
        }

        var name = type switch
        {
            _ when type == typeof(string) => "string",
            _ when type == typeof(bool) => "bool",
            _ when type == typeof(int) => "int",
            _ when type == typeof(long) => "long",
            _ when type.IsArray => WireType(type.GetElementType()!, null) + "[]",
            _ => type.Name,
        };
        return nullability is { ReadState: NullabilityState.Nullable } ? name + "?" : name;
    }
}
