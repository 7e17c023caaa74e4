namespace StartupTerritoire.WorkshopEngine.Clustering;

/// <summary>
/// The knobs of <see cref="NoteClusterer"/>. The similarity of two notes is the weighted mean of the cosines in each
/// space (stems, character n-grams, concepts); a space without weight or without data is left out of the mean.
/// </summary>
public sealed record ClusteringOptions
{
    /// <summary>Weight of the word space: TF-IDF over stems and stem bigrams. Default 1.</summary>
    public double WordWeight { get; init; } = 1.0;

    /// <summary>Weight of the character 3–5-gram space, which absorbs typos, missing accents and word families. Default 1.</summary>
    public double CharacterWeight { get; init; } = 1.0;

    /// <summary>
    /// Weight of the concept space (the lexicon's concepts the note names). Default 2: paraphrases of one idea share
    /// its concepts far more reliably than their words, so this space counts as much as the two others together.
    /// </summary>
    public double ConceptWeight { get; init; } = 2.0;

    /// <summary>
    /// Weight of the theme space (the broad themes of those concepts) at the coarsest levels; it fades linearly to
    /// nothing at <see cref="Granularity.Medium"/> and finer (see <see cref="ThemeWeightFor"/>). Default 1.5: more lets
    /// one broad theme swallow the notes of its neighbours at the coarse level.
    /// </summary>
    public double ThemeWeight { get; init; } = 1.5;

    /// <summary>How much a stem bigram counts relative to a single stem in the word space. Default 0.5.</summary>
    public double BigramWeight { get; init; } = 0.5;

    /// <summary>
    /// How strongly large groups resist growing: a merge's average similarity is multiplied by
    /// 1 − penalty × ln(size of the merged group) / ln(number of notes). Default 0.5.
    /// </summary>
    public double SizePenalty { get; init; } = 0.5;

    /// <summary>
    /// The similarity a merge needs at granularity level 1; the threshold is this times the level, so
    /// <see cref="Granularity.Medium"/> (0.5) asks half of it and <see cref="Granularity.Coarse"/> (0.25) a quarter.
    /// Default 0.13: paraphrased notes of one idea share few words, so their mean cosine is low (Medium asks 0.065,
    /// Coarse 0.0325, Fine 0.0975); measured on the development data, the idea level moves little between 0.10 and
    /// 0.14, while the coarse levels merge too much below 0.12.
    /// </summary>
    public double ThresholdAtLevelOne { get; init; } = 0.13;

    /// <summary>
    /// In sorting (<see cref="INoteClusterer.SuggestPlacements"/>), how much a group's title counts against the mean of
    /// its notes: the animator's own words for the group are the surest sign of what belongs in it.
    /// </summary>
    public double TitleWeight { get; init; } = 1.0;

    /// <summary>In sorting, the weight of the theme space: groups an animator makes are often broader than one idea.</summary>
    public double PlacementThemeWeight { get; init; } = 0.5;

    /// <summary>In sorting, how many times the surer placements feed the groups' profiles before the final judgement.</summary>
    public int FeedbackRounds { get; init; } = 2;

    /// <summary>In sorting, the share of the remaining notes, the surest first, that feeds the groups at each round.</summary>
    public double FeedbackShare { get; init; } = 0.5;

    /// <summary>In sorting, the weight of a fed-back note in its group's profile, against 1 for a note the animator placed.</summary>
    public double FeedbackWeight { get; init; } = 0.5;

    /// <summary>In sorting, the lowest score for a suggestion; a note below it is left for the animator.</summary>
    public double PlacementThreshold { get; init; } = 0.02;

    /// <summary>The defaults above.</summary>
    public static ClusteringOptions Default { get; } = new();

    /// <summary>The theme space's weight at a granularity: <see cref="ThemeWeight"/> × max(0, 1 − level / 0.5).</summary>
    public double ThemeWeightFor(Granularity granularity)
    {
        ArgumentNullException.ThrowIfNull(granularity);
        return ThemeWeight * Math.Max(0, 1 - (granularity.Level / Granularity.Medium.Level));
    }

    /// <summary>The similarity a merge (or an incremental suggestion) needs at this granularity.</summary>
    public double ThresholdFor(Granularity granularity)
    {
        ArgumentNullException.ThrowIfNull(granularity);
        return ThresholdAtLevelOne * granularity.Level;
    }
}
