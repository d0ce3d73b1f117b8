using FaceClassifier.Gallery.Imports;

namespace FaceClassifier.Tests.Grains.Gallery.Imports;

/// <summary>How an archive's paths become people and refusals.</summary>
[Trait("Kind", "unit")]
public sealed class ImportPlanTests
{
    [Fact]
    public void Each_folder_is_a_person_in_order_of_first_appearance_with_its_photos_in_archive_order()
    {
        var plan = Plan("Bob/1.jpg", "Ann/1.jpg", "Bob/2.jpg", "Ann/2.jpg", " Cy Young /x.png");

        Assert.Equal([("Bob", "Bob"), ("Ann", "Ann"), (" Cy Young ", "Cy Young")], plan.Folders.Select(f => (f.FolderName, f.Name)));
        Assert.Equal(["Bob/1.jpg", "Bob/2.jpg"], plan.Folders[0].Photos.Select(p => p.Path));
        Assert.Equal(["Ann/1.jpg", "Ann/2.jpg"], plan.Folders[1].Photos.Select(p => p.Path));
        Assert.Empty(plan.Refused);
        Assert.Equal(5, plan.PhotoCount);
    }

    [Fact]
    public void One_folder_around_all_the_people_is_stripped()
    {
        var plan = Plan("export/Ann/1.jpg", "export/Bob/1.jpg", "export/readme.txt");

        Assert.Equal(["Ann", "Bob"], plan.Folders.Select(f => f.Name));
        Assert.Equal([new PlannedRefusal("export/readme.txt", ImportPlan.OutsideFolder)], plan.Refused);
    }

    [Fact]
    public void A_single_folder_of_photos_is_one_person_not_a_wrapper()
    {
        var plan = Plan("Ann/1.jpg", "Ann/2.jpg");

        Assert.Equal("Ann", Assert.Single(plan.Folders).Name);
        Assert.Equal(2, plan.Folders[0].Photos.Count);
    }

    [Fact]
    public void Loose_files_and_subfolders_are_refused_with_their_paths()
    {
        var plan = Plan("cover.jpg", "Ann/1.jpg", "Ann/holiday/2.jpg", "Bob/1.jpg");

        Assert.Equal(["Ann", "Bob"], plan.Folders.Select(f => f.Name));
        Assert.Equal(
            [new PlannedRefusal("cover.jpg", ImportPlan.OutsideFolder), new PlannedRefusal("Ann/holiday/2.jpg", ImportPlan.InSubfolder)],
            plan.Refused);
        Assert.Equal(4, plan.PhotoCount);
    }

    [Fact]
    public void Folders_whose_names_are_not_valid_names_refuse_their_photos()
    {
        var tooLong = new string('x', 201);
        var plan = Plan($"{tooLong}/1.jpg", "Ann/1.jpg", "Bad\u0007Bell/1.jpg", "   /1.jpg");

        Assert.Equal("Ann", Assert.Single(plan.Folders).Name);
        Assert.Equal(
            [
                new PlannedRefusal($"{tooLong}/1.jpg", "the folder's name is not a valid person name: name must be 1 to 200 characters"),
                new PlannedRefusal("Bad\u0007Bell/1.jpg", "the folder's name is not a valid person name: name must not contain control characters"),
                new PlannedRefusal("   /1.jpg", "the folder's name is not a valid person name: name must be 1 to 200 characters"),
            ],
            plan.Refused);
    }

    [Fact]
    public void Dot_files_and_system_litter_are_skipped_without_a_word()
    {
        var plan = Plan(
            "people/Ann/1.jpg", "people/.DS_Store", "people/Ann/._1.jpg", "__MACOSX/people/Ann/._1.jpg",
            "people/Ann/Thumbs.db", "people/Bob/desktop.ini", "people/../escape.jpg", "people/Bob/2.jpg");

        Assert.Equal(["Ann", "Bob"], plan.Folders.Select(f => f.Name));
        Assert.Equal(["people/Ann/1.jpg"], plan.Folders[0].Photos.Select(p => p.Path));
        Assert.Equal(["people/Bob/2.jpg"], plan.Folders[1].Photos.Select(p => p.Path));
        Assert.Empty(plan.Refused);
        Assert.Equal(2, plan.PhotoCount);
    }

    [Fact]
    public void Backslashes_and_empty_or_dot_segments_mean_the_same_folders()
    {
        var plan = Plan(@"Ann\1.jpg", "./Ann//2.jpg", "Ann/./3.jpg");

        Assert.Equal(3, Assert.Single(plan.Folders).Photos.Count);
    }

    [Fact]
    public void An_empty_archive_plans_nothing()
    {
        var plan = Plan();
        Assert.Empty(plan.Folders);
        Assert.Equal(0, plan.PhotoCount);
    }

    private static ImportPlan Plan(params string[] paths) =>
        ImportPlan.From([.. paths.Select((p, i) => new ArchiveFile(p, 10, i))]);
}
