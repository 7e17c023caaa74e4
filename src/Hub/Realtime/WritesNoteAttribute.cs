namespace StartupTerritoire.Server.Realtime;

/// <summary>
/// Marks a hub method that writes a note's text: besides the caller's budget of invocations, it spends one from the
/// budget of notes (see <see cref="Hosting.WorkshopOptions.NoteBurst"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
internal sealed class WritesNoteAttribute : Attribute;
