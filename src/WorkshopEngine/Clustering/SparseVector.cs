namespace StartupTerritoire.WorkshopEngine.Clustering;

/// <summary>An L2-normalised sparse vector: feature indices in increasing order and their weights.</summary>
internal readonly record struct SparseVector(int[] Indices, float[] Values)
{
    public static SparseVector Empty { get; } = new([], []);

    public float Dot(SparseVector other)
    {
        float sum = 0;
        int i = 0, j = 0;
        var a = Indices;
        var b = other.Indices;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                sum += Values[i++] * other.Values[j++];
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }
}
