namespace TextLint.Eval.Tests;

public class EvalSetsTests
{
    [Fact]
    public void Ecspell_wrong_characters_are_where_source_and_target_differ()
    {
        var sentences = EvalSets.ParseEcspell(["1\t甲乙丙丁\t甲乙内丁", "0\t天地人\t天地人", "2\tABCD\tXBCY"], "t");
        Assert.Equal(3, sentences.Count);
        Assert.Equal([new TextSpan(2, 1)], sentences[0].Wrong);
        Assert.Equal("甲乙内丁", sentences[0].Target);
        Assert.False(sentences[1].HasErrors);
        Assert.Equal([new TextSpan(0, 1), new TextSpan(3, 1)], sentences[2].Wrong);
        Assert.Equal("t:3", sentences[2].Id);
    }

    [Fact]
    public void Ecspell_line_with_unequal_lengths_is_skipped_and_named()
    {
        var sentences = EvalSets.ParseEcspell(["1\t甲乙\t甲丙丁", "0\t天地\t天地"], "t", out var skipped);
        Assert.Single(sentences);
        Assert.Equal(["t:1"], skipped);
    }

    [Fact]
    public void Ecspell_line_without_three_fields_is_an_error() =>
        Assert.Throws<FormatException>(() => EvalSets.ParseEcspell(["1\t甲乙"]));

    [Fact]
    public void Sighan_positions_are_one_based_characters()
    {
        var sentences = EvalSets.ParseSighan(
            ["(pid=A-1)\t我跟我朋唷去玩。", "(pid=A-2)\t你好。", "(pid=A-3)\t𠀀对不气"],
            ["A-1, 5, 友", "A-2, 0", "A-3, 2, 对, 4, 起"]);
        Assert.Equal([new TextSpan(4, 1)], sentences[0].Wrong);
        Assert.False(sentences[1].HasErrors);
        // 𠀀 is a surrogate pair: character 2 starts at UTF-16 index 2, character 4 at index 4.
        Assert.Equal([new TextSpan(2, 1), new TextSpan(4, 1)], sentences[2].Wrong);
    }

    [Fact]
    public void Sighan_position_outside_the_sentence_is_an_error() =>
        Assert.Throws<FormatException>(() => EvalSets.ParseSighan(["(pid=X)\t你好"], ["X, 3, 们"]));

    [Fact]
    public void Data_folder_is_found_beside_an_ancestor()
    {
        string root = Path.Combine(Path.GetTempPath(), "tl-eval-" + Guid.NewGuid().ToString("N"));
        try
        {
            string data = Directory.CreateDirectory(Path.Combine(root, "shared", "eval")).FullName;
            string repo = Directory.CreateDirectory(Path.Combine(root, "wt", "eval", "tools")).FullName;
            Assert.Equal(data, DataLocator.Locate(null, [repo]));
            Assert.Null(DataLocator.Locate(Path.Combine(root, "missing")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
