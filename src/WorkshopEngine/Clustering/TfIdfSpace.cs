namespace StartupTerritoire.WorkshopEngine.Clustering;

/// <summary>
/// TF-IDF over one feature space of a set of notes: sublinear term frequency (1 + ln tf), smoothed inverse document
/// frequency (ln((1 + n) / (1 + df)) + 1), L2 normalisation. The vocabulary is the notes' own, numbered in order of
/// first appearance so that the result does not depend on hashing.
/// </summary>
internal static class TfIdfSpace
{
    /// <summary>The vectors, and the size of the vocabulary (every index is below it).</summary>
    public static SparseVector[] Vectorize(IReadOnlyList<Dictionary<string, float>> documents, out int dimensions)
    {
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var documentFrequency = new List<int>();
        foreach (var document in documents)
        {
            foreach (var feature in document.Keys)
            {
                if (vocabulary.TryGetValue(feature, out var index))
                {
                    documentFrequency[index]++;
                }
                else
                {
                    vocabulary.Add(feature, documentFrequency.Count);
                    documentFrequency.Add(1);
                }
            }
        }

        var idf = new float[documentFrequency.Count];
        for (var i = 0; i < idf.Length; i++)
        {
            idf[i] = (float)(Math.Log((1.0 + documents.Count) / (1.0 + documentFrequency[i])) + 1.0);
        }

        var vectors = new SparseVector[documents.Count];
        for (var d = 0; d < documents.Count; d++)
        {
            var document = documents[d];
            var indices = new int[document.Count];
            var values = new float[document.Count];
            var k = 0;
            double norm = 0;
            foreach (var (feature, count) in document)
            {
                var index = vocabulary[feature];
                // A bigram counted 0.5 keeps half the weight of a single occurrence.
                var tf = count >= 1 ? 1 + MathF.Log(count) : count;
                indices[k] = index;
                values[k] = tf * idf[index];
                norm += values[k] * values[k];
                k++;
            }

            Array.Sort(indices, values);
            if (norm > 0)
            {
                var scale = (float)(1 / Math.Sqrt(norm));
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] *= scale;
                }
            }

            vectors[d] = norm > 0 ? new SparseVector(indices, values) : SparseVector.Empty;
        }

        dimensions = documentFrequency.Count;
        return vectors;
    }

    /// <summary>Adds weight × cosine of every pair i &lt; j to the upper triangle of the n × n row-major matrix.</summary>
    public static void AddCosines(SparseVector[] vectors, float weight, float[] similarity)
    {
        var n = vectors.Length;
        // An inverted index visits only the pairs that share a feature.
        var postings = new Dictionary<int, List<(int Document, float Value)>>();
        for (var d = 0; d < n; d++)
        {
            var v = vectors[d];
            for (var i = 0; i < v.Indices.Length; i++)
            {
                if (!postings.TryGetValue(v.Indices[i], out var list))
                {
                    postings[v.Indices[i]] = list = [];
                }

                list.Add((d, v.Values[i]));
            }
        }

        foreach (var list in postings.Values)
        {
            for (var a = 0; a < list.Count; a++)
            {
                var (da, va) = list[a];
                var row = da * n;
                for (var b = a + 1; b < list.Count; b++)
                {
                    var (db, vb) = list[b];
                    similarity[row + db] += weight * va * vb;
                }
            }
        }
    }
}
