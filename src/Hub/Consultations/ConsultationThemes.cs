using System.Collections.Concurrent;
using StartupTerritoire.WorkshopEngine.Clustering;
using StartupTerritoire.WorkshopEngine.Consultations;

namespace StartupTerritoire.Server.Consultations;

/// <summary>
/// The stakes and themes that emerge from a consultation: the evening's clustering suggestions over the proposals'
/// titles and texts, kept per consultation version so a page read again and again does not cluster again.
/// </summary>
internal sealed class ConsultationThemes(INoteClusterer clusterer)
{
    private readonly ConcurrentDictionary<string, (long Version, IReadOnlyList<ThemeView> Themes)> _cache = new(StringComparer.Ordinal);

    public IReadOnlyList<ThemeView> For(string consultationId, long version, IReadOnlyList<ProposalState> visible)
    {
        if (_cache.TryGetValue(consultationId, out var held) && held.Version == version)
        {
            return held.Themes;
        }

        var notes = visible.Select(p => new ClusterableNote(p.Proposal.Id, $"{p.Proposal.Title}. {p.Proposal.Text}")).ToList();
        IReadOnlyList<ThemeView> themes = notes.Count < 2
            ? []
            : [.. clusterer.Suggest(notes, Granularity.Medium).Where(g => g.NoteIds.Count > 1).Select(g => new ThemeView(g.Label, g.NoteIds))];
        _cache[consultationId] = (version, themes);
        return themes;
    }

    /// <summary>Drops the themes of consultations that left memory; they are clustered again when next read.</summary>
    public void Forget(IEnumerable<string> consultationIds)
    {
        foreach (var id in consultationIds)
        {
            _cache.TryRemove(id, out _);
        }
    }
}
