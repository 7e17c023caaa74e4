using StartupTerritoire.WorkshopEngine.Clustering;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Notes;
using StartupTerritoire.WorkshopEngine.Pistes;
using StartupTerritoire.WorkshopEngine.Rounds;
using StartupTerritoire.WorkshopEngine.Votes;

namespace StartupTerritoire.WorkshopEngine.Sessions;

public sealed partial class Session
{
    /// <summary>
    /// Folds one stored event in. Events were checked when decided, so folding never refuses one; it only insists
    /// on the sequence, which must follow <see cref="Version"/> without a gap.
    /// </summary>
    public void Apply(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.Seq != Version + 1)
        {
            throw new InvalidOperationException($"Event {stored.Seq} does not follow version {Version}.");
        }

        var at = stored.At;
        switch (stored.Event)
        {
            case SessionCreated e:
                (Id, Title, Language, JoinCode, Anonymous, AnimatorId, CreatedAt, State) =
                    (e.SessionId, e.Title, e.Language, e.JoinCode, e.Anonymous, e.AnimatorId, at, SessionState.Draft);
                break;
            case SessionSettingsChanged e:
                (Title, Language, Anonymous) = (e.Title, e.Language, e.Anonymous);
                break;
            case SessionOpened:
                State = SessionState.Open;
                break;
            case SessionClosed:
                State = SessionState.Closed;
                break;
            case JoiningChanged e:
                JoiningLocked = e.Locked;
                break;
            case BoardFocusChanged e:
                BoardWorkshopId = e.WorkshopId;
                break;
            case CurrentWorkshopChanged e:
                CurrentWorkshopId = e.WorkshopId;
                break;
            case WorkshopAdded e:
                _workshops.Insert(Math.Clamp(e.Index, 0, _workshops.Count), e.Workshop);
                break;
            case WorkshopUpdated e:
                UpdateWorkshop(e.WorkshopId, w => w with { Title = e.Title, Input = e.Input });
                break;
            case WorkshopRemoved e:
                _workshops.RemoveAll(w => w.Id == e.WorkshopId);

                // Notes block a removal; what else hangs off the workshop (prepared clusters, pistes, ratings…) goes with it.
                foreach (var cluster in _clusters.Values.Where(c => c.WorkshopId == e.WorkshopId).ToList())
                {
                    _clusters.Remove(cluster.Id);
                }

                foreach (var piste in _pistes.Values.Where(p => p.WorkshopId == e.WorkshopId).ToList())
                {
                    _pistes.Remove(piste.Id);
                    _signUps.RemoveAll(s => s.PisteId == piste.Id);
                }

                _votes.RemoveAll(v => v.WorkshopId == e.WorkshopId);
                _ratings.RemoveAll(r => r.WorkshopId == e.WorkshopId);
                _stars.RemoveAll(s => s.WorkshopId == e.WorkshopId);
                ReplaceAll(_tables, t => t.WorkshopId == e.WorkshopId, t => t with { WorkshopId = null });
                CurrentWorkshopId = CurrentWorkshopId == e.WorkshopId ? null : CurrentWorkshopId;
                BoardWorkshopId = BoardWorkshopId == e.WorkshopId ? null : BoardWorkshopId;
                break;
            case WorkshopMoved e:
                Move(_workshops, _workshops.FindIndex(w => w.Id == e.WorkshopId), e.Index);
                break;
            case HolderAssigned e:
                UpdateWorkshop(e.WorkshopId, w => w with { HolderId = e.ParticipantId });
                break;
            case TableAdded e:
                _tables.Add(e.Table);
                break;
            case TableUpdated e:
                ReplaceAll(_tables, t => t.Id == e.TableId, t => t with { Name = e.Name, WorkshopId = e.WorkshopId });
                break;
            case TableRemoved e:
                _tables.RemoveAll(t => t.Id == e.TableId);
                foreach (var p in _participants.Values.Where(p => p.TableId == e.TableId).ToList())
                {
                    _participants[p.Id] = p with { TableId = null };
                }

                break;
            case CoAnimatorAssigned e:
                ReplaceAll(_tables, t => t.Id == e.TableId, t => t with { CoAnimatorId = e.CoAnimatorId });
                break;
            case ParticipantJoined e:
                _participants[e.ParticipantId] = new Participant(e.ParticipantId, e.Nickname, e.TableId, at, e.Assisted);
                break;
            case ParticipantRenamed e:
                _participants[e.ParticipantId] = _participants[e.ParticipantId] with { Nickname = e.Nickname };
                break;
            case ParticipantTableChosen e:
                _participants[e.ParticipantId] = _participants[e.ParticipantId] with { TableId = e.TableId };
                break;
            case RoundAdded e:
                UpdateRounds(e.WorkshopId, rounds => rounds.Insert(Math.Clamp(e.Index, 0, rounds.Count), e.Round));
                break;
            case RoundUpdated e:
                UpdateRound(e.WorkshopId, e.RoundId, r => r with
                {
                    Name = e.Name,
                    Instructions = e.Instructions,
                    Duration = e.Duration,
                    Rules = e.Rules,
                    AutoAdvance = e.AutoAdvance,
                });
                break;
            case RoundRemoved e:
                UpdateRounds(e.WorkshopId, rounds => rounds.RemoveAll(r => r.Id == e.RoundId));
                break;
            case RoundMoved e:
                UpdateRounds(e.WorkshopId, rounds => Move(rounds, rounds.FindIndex(r => r.Id == e.RoundId), e.Index));
                break;
            case RoundStarted e:
                UpdateRound(e.WorkshopId, e.RoundId, r => r with { Status = RoundStatus.Running, EndsAt = e.EndsAt, Remaining = null });
                break;
            case RoundPaused e:
                UpdateRound(e.WorkshopId, e.RoundId, r => r with { Status = RoundStatus.Paused, EndsAt = null, Remaining = e.Remaining });
                break;
            case RoundResumed e:
                UpdateRound(e.WorkshopId, e.RoundId, r => r with { Status = RoundStatus.Running, EndsAt = e.EndsAt, Remaining = null });
                break;
            case RoundExtended e:
                UpdateRound(e.WorkshopId, e.RoundId, r => r with { EndsAt = e.EndsAt, Remaining = e.Remaining });
                break;
            case RoundEnded e:
                UpdateRound(e.WorkshopId, e.RoundId, r => r with { Status = RoundStatus.Ended, EndReason = e.Reason, Remaining = null });
                break;
            case NoteAdded e:
                _notes[e.NoteId] = new Note(e.NoteId, e.WorkshopId, e.RoundId, e.AuthorId, e.Column, e.Text ?? string.Empty,
                    e.Colour, e.Hidden, ClusterId: null, PlacedByHand: false, at, at, stored.Seq);
                break;
            case NoteEdited e:
                _notes[e.NoteId] = _notes[e.NoteId] with { Text = e.Text ?? string.Empty, UpdatedAt = at };
                break;
            case NoteDeleted e:
                var gone = _notes[e.NoteId];
                _deletedNotes[e.NoteId] = new DeletedNote(gone.Id, gone.WorkshopId, gone.AuthorId, gone.Seq);
                _notes.Remove(e.NoteId);
                RemoveTarget(e.NoteId);
                break;
            case NoteMoved e:
                _notes[e.NoteId] = _notes[e.NoteId] with { Column = e.Column, UpdatedAt = at };
                break;
            case NoteRecoloured e:
                _notes[e.NoteId] = _notes[e.NoteId] with { Colour = e.Colour, UpdatedAt = at };
                break;
            case NotesRevealed e:
                foreach (var revealed in e.Notes)
                {
                    _notes[revealed.NoteId] = _notes[revealed.NoteId] with { Hidden = false };
                }

                break;
            case ClusterCreated e:
                _clusters[e.ClusterId] = new Cluster(e.ClusterId, e.WorkshopId, e.Title, at);
                PlaceNotes(e.NoteIds, e.ClusterId, byHand: true);
                break;
            case ClusterRenamed e:
                _clusters[e.ClusterId] = _clusters[e.ClusterId] with { Title = e.Title, TitleSuggested = false };
                break;
            case ClustersMerged e:
                foreach (var source in e.SourceIds)
                {
                    PlaceNotes([.. _notes.Values.Where(n => n.ClusterId == source).Select(n => n.Id)], e.TargetId, byHand: null);
                    Retarget(source, e.TargetId);
                    _clusters.Remove(source);
                }

                break;
            case ClusterSplit e:
                _clusters[e.NewClusterId] = new Cluster(e.NewClusterId, _clusters[e.SourceId].WorkshopId, e.Title, at);
                PlaceNotes(e.NoteIds, e.NewClusterId, byHand: true);
                break;
            case NotesPlaced e:
                PlaceNotes(e.NoteIds, e.ClusterId, byHand: true);
                break;
            case ClusterDeleted e:
                PlaceNotes([.. _notes.Values.Where(n => n.ClusterId == e.ClusterId).Select(n => n.Id)], null, byHand: null);
                _clusters.Remove(e.ClusterId);
                RemoveTarget(e.ClusterId);
                ReplaceAll(_pistes, p => p.ClusterId == e.ClusterId, p => p with { ClusterId = null });
                break;
            case SuggestionAccepted e:
                foreach (var g in e.Groups)
                {
                    // An accepted group without a title (or with the one it has) keeps the cluster's title; a title the
                    // staff did not type or keep is the suggestion's own.
                    var suggested = g.Title.Length > 0 && !g.Named;
                    _clusters[g.ClusterId] = _clusters.TryGetValue(g.ClusterId, out var existing)
                        ? (g.Title.Length == 0 || g.Title == existing.Title ? existing : existing with { Title = g.Title, TitleSuggested = suggested })
                        : new Cluster(g.ClusterId, e.WorkshopId, g.Title, at, suggested);
                    PlaceNotes(g.NoteIds, g.ClusterId, byHand: null);
                }

                break;
            case VoteCast e:
                _votes.Add(new DotVote(e.WorkshopId, e.RoundId, e.VoterId, e.TargetId));
                break;
            case VoteWithdrawn e:
                _votes.RemoveAt(_votes.FindLastIndex(v => v == new DotVote(e.WorkshopId, e.RoundId, e.VoterId, e.TargetId)));
                break;
            case RatingGiven e:
                _ratings.RemoveAll(r => r.WorkshopId == e.WorkshopId && r.ParticipantId == e.ParticipantId);
                _ratings.Add(new Rating(e.WorkshopId, e.ParticipantId, e.Value));
                break;
            case StarSet e:
                _stars.Remove(new Star(e.WorkshopId, e.TargetId));
                if (e.Starred)
                {
                    _stars.Add(new Star(e.WorkshopId, e.TargetId));
                }

                break;
            case PistePromoted e:
                _pistes[e.PisteId] = new Piste(e.PisteId, e.WorkshopId, e.ClusterId, e.Title, at);
                break;
            case PisteGroupStarted e:
                if (_pistes.TryGetValue(e.PisteId, out var grouped))
                {
                    _pistes[e.PisteId] = grouped with { GroupId = e.GroupId };
                }

                break;
            case SignedUp e:
                _signUps.RemoveAll(s => s.PisteId == e.PisteId && s.ParticipantId == e.ParticipantId);
                _signUps.Add(new SignUp(e.PisteId, e.ParticipantId, e.Contact, at));
                break;
            case SignUpWithdrawn e:
                _signUps.RemoveAll(s => s.PisteId == e.PisteId && s.ParticipantId == e.ParticipantId);
                break;
            default:
                throw new InvalidOperationException($"No fold for {stored.Event.GetType().Name}.");
        }

        Version = stored.Seq;
    }

    private void PlaceNotes(IEnumerable<string> noteIds, string? clusterId, bool? byHand)
    {
        foreach (var id in noteIds)
        {
            var note = _notes[id];
            _notes[id] = note with { ClusterId = clusterId, PlacedByHand = byHand ?? note.PlacedByHand };
        }
    }

    private void Retarget(string from, string to)
    {
        for (var i = 0; i < _votes.Count; i++)
        {
            if (_votes[i].TargetId == from)
            {
                _votes[i] = _votes[i] with { TargetId = to };
            }
        }

        foreach (var star in _stars.Where(s => s.TargetId == from).ToList())
        {
            _stars.Remove(star);
            if (!_stars.Contains(star with { TargetId = to }))
            {
                _stars.Add(star with { TargetId = to });
            }
        }

        ReplaceAll(_pistes, p => p.ClusterId == from, p => p with { ClusterId = to });
    }

    private void RemoveTarget(string targetId)
    {
        _votes.RemoveAll(v => v.TargetId == targetId);
        _stars.RemoveAll(s => s.TargetId == targetId);
    }

    private void UpdateWorkshop(string workshopId, Func<Workshop, Workshop> change)
    {
        var i = _workshops.FindIndex(w => w.Id == workshopId);
        _workshops[i] = change(_workshops[i]);
    }

    private void UpdateRounds(string workshopId, Action<List<Round>> change) => UpdateWorkshop(workshopId, w =>
    {
        var rounds = w.Rounds.ToList();
        change(rounds);
        return w with { Rounds = rounds };
    });

    private void UpdateRound(string workshopId, string roundId, Func<Round, Round> change) =>
        UpdateRounds(workshopId, rounds =>
        {
            var i = rounds.FindIndex(r => r.Id == roundId);
            rounds[i] = change(rounds[i]);
        });

    private static void ReplaceAll<T>(List<T> items, Func<T, bool> match, Func<T, T> change)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (match(items[i]))
            {
                items[i] = change(items[i]);
            }
        }
    }

    private static void ReplaceAll<T>(Dictionary<string, T> items, Func<T, bool> match, Func<T, T> change)
    {
        foreach (var (key, value) in items.Where(kv => match(kv.Value)).ToList())
        {
            items[key] = change(value);
        }
    }

    private static void Move<T>(List<T> items, int from, int to)
    {
        var item = items[from];
        items.RemoveAt(from);
        items.Insert(Math.Clamp(to, 0, items.Count), item);
    }
}
