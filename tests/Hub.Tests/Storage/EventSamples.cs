using System.Reflection;
using StartupTerritoire.Server.Storage;
using StartupTerritoire.WorkshopEngine.Events;

namespace StartupTerritoire.Server.Tests.Storage;

/// <summary>
/// One instance of every event type the engine declares, filled by reflection with non-default values, so a new
/// event that a store cannot round-trip fails a test without anyone remembering to add it here.
/// </summary>
internal static class EventSamples
{
    private static readonly DateTimeOffset Instant = new DateTimeOffset(2025, 11, 20, 19, 45, 12, TimeSpan.FromHours(1)).AddTicks(1_234_567);

    public static IEnumerable<StreamEvent> OfEveryType() =>
        SessionJson.EventTypes.Values
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (StreamEvent)Build(t, depth: 0));

    private static object Build(Type type, int depth)
    {
        if (depth > 8)
        {
            throw new InvalidOperationException($"Too deep while building a sample of {type}.");
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return $"{type.Name}-{depth}-x";
        if (type == typeof(bool)) return true;
        if (type == typeof(int)) return 3;
        if (type == typeof(long)) return 7L;
        if (type == typeof(double)) return 0.5;
        if (type == typeof(decimal)) return 1.25m;
        if (type == typeof(DateTimeOffset)) return Instant;
        if (type == typeof(TimeSpan)) return TimeSpan.FromSeconds(90);
        if (type == typeof(DateOnly)) return new DateOnly(2027, 3, 31);
        if (type == typeof(Guid)) return Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
        if (type.IsEnum)
        {
            // The last member, so an enum written as its default value would not pass by chance.
            var values = Enum.GetValues(type);
            return values.GetValue(values.Length - 1)!;
        }

        if (type.IsArray || (type.IsGenericType && type.GetGenericArguments().Length == 1 && typeof(System.Collections.IEnumerable).IsAssignableFrom(type)))
        {
            var element = type.IsArray ? type.GetElementType()! : type.GetGenericArguments()[0];
            var array = Array.CreateInstance(element, 2);
            array.SetValue(Build(element, depth + 1), 0);
            array.SetValue(Build(element, depth + 1), 1);
            return array;
        }

        if (type.IsGenericType && type.GetGenericArguments().Length == 2 && typeof(System.Collections.IEnumerable).IsAssignableFrom(type))
        {
            var arguments = type.GetGenericArguments();
            var dictionary = (System.Collections.IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(arguments))!;
            dictionary.Add(Build(arguments[0], depth + 1), Build(arguments[1], depth + 1));
            return dictionary;
        }

        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"No public constructor to build a sample of {type}.");
        return constructor.Invoke([.. constructor.GetParameters().Select(p => Build(p.ParameterType, depth + 1))]);
    }
}
