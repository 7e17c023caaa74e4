namespace StartupTerritoire.WorkshopEngine.Demarches.Events;

/// <summary>An animator or co-animator of the evening was named or changed (whole).</summary>
public sealed record AnimatorSet(DemarcheAnimator Animator) : DemarcheEvent;
