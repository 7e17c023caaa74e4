namespace StartupTerritoire.Server.Groups;

/// <summary>
/// A group's meeting running live: its join code for the room, and a console link for the co-animator who asked
/// (every call makes a fresh one, so each co-animator gets their own and a lost one is replaced).
/// </summary>
public sealed record LiveMeeting(string SessionId, string Format, string JoinCode, string JoinCodeDisplay, string JoinUrl, string AnimatorToken, string ConsoleUrl);

/// <summary>Which format a meeting runs live in: "atelierCanvas", "planAction" or "revueEtape".</summary>
public sealed record LiveMeetingRequest(string? Format);

/// <summary>A member in a live meeting, under their own id and nickname: keep <see cref="Token"/> as a phone keeps its join.</summary>
public sealed record LiveMeetingJoined(string SessionId, string JoinCode, string ParticipantId, string Nickname, string Token, long Version);
