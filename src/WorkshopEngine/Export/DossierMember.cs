using StartupTerritoire.WorkshopEngine.Groups;
using StartupTerritoire.WorkshopEngine.Pistes;

namespace StartupTerritoire.WorkshopEngine.Export;

/// <summary>Someone in the group, in a dossier: never imported; <see cref="Contact"/> only for the co-animators, where consented.</summary>
public sealed record DossierMember(string Nickname, MemberKind Kind, string? Skills, ContactDetails? Contact, DateTimeOffset JoinedAt);
