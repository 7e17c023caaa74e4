using StartupTerritoire.WorkshopEngine.Access;

namespace StartupTerritoire.Server.Realtime;

/// <summary>
/// The roles that may call a hub method. A method without it cannot be called at all (deny by default); the engine
/// then checks the scope (which table, which note's author).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
internal sealed class AllowAttribute(params Role[] roles) : Attribute
{
    public IReadOnlyList<Role> Roles { get; } = roles;
}
