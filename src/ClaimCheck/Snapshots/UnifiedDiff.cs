using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;

namespace ClaimCheck.Snapshots;

/// <summary>A unified diff (<c>---</c>/<c>+++</c>, <c>@@</c> hunks with three lines of context) built on DiffPlex.</summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    public static string Create(string oldText, string newText, string oldName, string newName)
    {
        var result = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, new LineChunker());
        var oldLines = result.PiecesOld;
        var newLines = result.PiecesNew;
        var builder = new StringBuilder();
        builder.Append($"--- {oldName}\n+++ {newName}\n");

        // Group the change blocks into hunks whose context overlaps.
        var blocks = result.DiffBlocks;
        var i = 0;
        while (i < blocks.Count)
        {
            var first = blocks[i];
            var last = first;
            var j = i + 1;
            while (j < blocks.Count && blocks[j].DeleteStartA - (last.DeleteStartA + last.DeleteCountA) <= 2 * Context)
                last = blocks[j++];

            var oldStart = Math.Max(0, first.DeleteStartA - Context);
            var newStart = Math.Max(0, first.InsertStartB - Context);
            var oldEnd = Math.Min(oldLines.Count, last.DeleteStartA + last.DeleteCountA + Context);
            var newEnd = Math.Min(newLines.Count, last.InsertStartB + last.InsertCountB + Context);
            builder.Append($"@@ -{oldStart + 1},{oldEnd - oldStart} +{newStart + 1},{newEnd - newStart} @@\n");

            var a = oldStart;
            for (var k = i; k < j; k++)
            {
                var block = blocks[k];
                for (; a < block.DeleteStartA; a++)
                    builder.Append(' ').Append(oldLines[a]).Append('\n');
                for (var d = 0; d < block.DeleteCountA; d++)
                    builder.Append('-').Append(oldLines[block.DeleteStartA + d]).Append('\n');
                for (var n = 0; n < block.InsertCountB; n++)
                    builder.Append('+').Append(newLines[block.InsertStartB + n]).Append('\n');
                a = block.DeleteStartA + block.DeleteCountA;
            }
            for (; a < oldEnd; a++)
                builder.Append(' ').Append(oldLines[a]).Append('\n');
            i = j;
        }
        return builder.ToString();
    }
}
