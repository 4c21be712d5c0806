<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>kj::models::FriendGroupModel</name>
        <message numerus="yes">
            <source>%1 (%n member(s))</source>
            <translation>
                <numerusform>%1 (%n member)</numerusform>
                <numerusform>%1 (%n members)</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody in this group yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::models::PlaylistModel</name>
        <message>
            <source>A track not synced here yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::models::RejectedChangeModel</name>
        <message>
            <source>Diary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Like</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guestbook message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guestbook reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friend request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer to a friend request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ended friendship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friend group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>说说</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Album</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Track edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo upload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Track upload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 “%2”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 in %2's guestbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (like)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (unlike)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (delete)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::models::SpaceModuleModel</name>
        <message>
            <source>Profile card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Latest 说说</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diaries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Albums</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Background music</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guestbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visitors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shown on your space; drag to move it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hidden; tick it to show it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::models::TrackRow</name>
        <message>
            <source>%1 by %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::ActivityNotifier</name>
        <message numerus="yes">
            <source>%n new notification(s) in Kongjian</source>
            <translation>
                <numerusform>%n new notification in Kongjian</numerusform>
                <numerusform>%n new notifications in Kongjian</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kj::ui::AlbumDelegate</name>
        <message numerus="yes">
            <source>%n uploading</source>
            <translation>
                <numerusform>%n uploading</numerusform>
                <numerusform>%n uploading</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n photo</numerusform>
                <numerusform>%n photos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kj::ui::AlbumDialog</name>
        <message>
            <source>New album</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit album</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Album title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Spring outing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Album description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is it about? (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who can see this album</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Who can see it:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An album needs a title.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The description is too long (at most %n characters).</source>
            <translation>
                <numerusform>The description is too long (at most %n character).</numerusform>
                <numerusform>The description is too long (at most %n characters).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kj::ui::AlbumsPage</name>
        <message>
            <source>New album</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make a new album (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the selected album</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected album</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add photos…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add pictures to the selected album (Ctrl+I)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add every picture of a folder to the selected album</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What just happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Albums</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the albums (Alt+Left)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit album</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit this album</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add pictures to this album (Ctrl+I)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photos of the album</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My albums</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1's albums</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only an album that has not reached the server yet can be deleted</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n album(s)</source>
            <translation>
                <numerusform>%n album</numerusform>
                <numerusform>%n albums</numerusform>
            </translation>
        </message>
        <message>
            <source>No albums yet.
Make one with “New album”, then drop photos or whole folders onto it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No albums to show.
Those shared with you appear here once the server has been reached.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n photo</numerusform>
                <numerusform>%n photos</numerusform>
            </translation>
        </message>
        <message>
            <source>not synced yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No photos yet. Drop pictures or whole folders here, or use “Add photos…”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop pictures or folders here to add them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No photos you may see in this album.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Album “%1” made. Drop photos or folders onto it to fill it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete album</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the album “%1”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick an album first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a folder of photos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add photos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pictures (*.jpg *.jpeg *.png *.webp *.gif);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That album is not here any more.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Looking through %n item(s)…</source>
            <translation>
                <numerusform>Looking through %n item…</numerusform>
                <numerusform>Looking through %n items…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) added to “%1”; they upload in the background.</source>
            <translation>
                <numerusform>%n photo added to “%1”; it uploads in the background.</numerusform>
                <numerusform>%n photos added to “%1”; they upload in the background.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is not a picture (JPEG, PNG, WebP or GIF)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot be read as a picture (damaged?)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is too large (at most 50 MB and 100 megapixels)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot be opened</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>Not added: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No pictures were found there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop the photos onto an album.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::Audience</name>
        <message>
            <source>Public</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friend groups</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::AudiencePicker</name>
        <message>
            <source>Who can see it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anyone can see it, even people who are not your friends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All your friends can see it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody but you can see it</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Only your friends in %n of your groups can see it</source>
            <translation>
                <numerusform>Only your friends in %n of your groups can see it</numerusform>
                <numerusform>Only your friends in %n of your groups can see it</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only your friends in %1 can see it</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>(and in %n group(s) not kept here)</source>
            <translation>
                <numerusform>(and in %n group not kept here)</numerusform>
                <numerusform>(and in %n groups not kept here)</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody is in it yet: for now only you can see it.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>Now: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No friend groups yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make friend groups on the Friends page to show things to some of your friends only</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n group</numerusform>
                <numerusform>%n groups</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 and %n more</numerusform>
                <numerusform>%1 and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>Several groups…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose two or more of your friend groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friend groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only your friends in the groups you tick can see it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friend groups who can see it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::DecorateDialog</name>
        <message>
            <source>Decorate my space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colours and picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accent colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The colour of titles, buttons and highlights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the skin's colours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accent colour:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a &amp;picture…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A photo from this computer, shown behind your space (it is uploaded)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;No picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Background:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your name's space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A line under the title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Motto:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Modules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag to change the order; untick to hide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Modules of your space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the chosen module up (Ctrl+Up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the chosen module down (Ctrl+Down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep this look; friends see it once it is synced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A picture is set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 skin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (dark)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The skin's (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a background picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pictures (*.jpg *.jpeg *.png *.webp *.gif)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uploading the picture…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The picture could not be uploaded: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The picture is still uploading; wait for it, or choose No picture.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your decoration could not be saved: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::DiariesPage</name>
        <message>
            <source>My diaries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New diary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a new diary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No diaries yet.
Write your first one on the right.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n diary(ies)</source>
            <translation>
                <numerusform>%n diary</numerusform>
                <numerusform>%n diaries</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kj::ui::DiaryDelegate</name>
        <message>
            <source>Untitled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No text yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not yet synced</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::DiaryEditor</name>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diary title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write something…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diary text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who can see this diary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this diary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save this diary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audience:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Italic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bulleted list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this diary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete diary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete %1? It will also be removed from the server and from your friends' feeds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not deleted: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updated from the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed on another device meanwhile: saving keeps both texts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Word count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Normal text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heading %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Numbered list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n word</numerusform>
                <numerusform>%n words</numerusform>
            </translation>
        </message>
        <message>
            <source>Diary photos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo not added: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insert photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pictures (%1)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::DiaryViewer</name>
        <message>
            <source>Untitled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (@%2) · %3 · %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diary text</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::ErrorText</name>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server did not understand the request. Kongjian and the server may be different versions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some of what you entered was not accepted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The item's id is not valid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your session has ended. Please sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The username or password is wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are not allowed to do that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It could not be found. It may have been deleted, or you may not be allowed to see it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It was changed elsewhere in the meantime.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This username is already taken. Please choose another one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That already exists: you are already friends, or a request is already waiting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is too large for the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too many attempts. Please wait a few minutes and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server ran into a problem. Please try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server is busy or down for maintenance. Please try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server could not be reached. Check the address and your network connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server took too long to answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server gave an answer Kongjian does not understand. Is this a Kongjian server?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kongjian could not read or write its local data on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::FeedDelegate</name>
        <message>
            <source>not yet synced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>wrote a diary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reposted</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>added %n photo(s)</source>
            <translation>
                <numerusform>added %n photo</numerusform>
                <numerusform>added %n photos</numerusform>
            </translation>
        </message>
        <message>
            <source>added a track</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>posted a 说说 with %n photo(s)</source>
            <translation>
                <numerusform>posted a 说说 with %n photo</numerusform>
                <numerusform>posted a 说说 with %n photos</numerusform>
            </translation>
        </message>
        <message>
            <source>posted a 说说</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The original is no longer there for you to see.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>replied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Like</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n comment(s)</source>
            <translation>
                <numerusform>%n comment</numerusform>
                <numerusform>%n comments</numerusform>
            </translation>
        </message>
        <message>
            <source>Comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No comments yet. Say something!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a comment, then press Enter…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press Enter to send; it is saved here first and sent when the server can be reached</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::FeedPage</name>
        <message>
            <source>Friends' feed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What your friends and you wrote and shared, newest first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New 说说</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a 说说 (Ctrl+Shift+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L likes, C shows the comments, R reposts the selected entry; Enter opens a diary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing here yet.
Write a 说说 above, or add friends on the Friends page: what they write and share shows here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the feed (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This photo is not kept on this computer yet. It shows once the feed has synced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The like was not saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The repost was not saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The comment was not saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take your like back (L)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Like (L)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide the comments (C)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repost to your own friends (R)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::FriendGroupsPanel</name>
        <message>
            <source>Friend groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your friend groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New group…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make a new friend group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename the friend group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the friend group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Members of the friend group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New friend group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of the group (for example Family):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group not made: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group “%1” made. Tick the friends who belong to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename friend group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not renamed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renamed to “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete friend group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the group “%1”? What you showed only to it will then be seen by you alone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not deleted: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not changed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add friends first; then tick who belongs to “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick who belongs to “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(not on the server yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No groups yet. A group lets you show a diary to some friends only: make one with New group.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick a group to see and change who is in it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::FriendsPage</name>
        <message>
            <source>Friends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Username of a friend to add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send friend request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your friends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove friend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friend requests to you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friend requests you sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a valid username: 3 to 32 letters, digits, '_' or '.'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending a friend request to %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friend request sent to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You and %1 are friends now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request declined.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove %1 from your friends? You will no longer see each other's diaries for friends.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is no longer your friend.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your friends (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requests to you (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requests you sent (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the selected friend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the selected friend's space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visit this friend's space (or double-click them)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Groups</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::GuestbookDelegate</name>
        <message>
            <source>private</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your reply · %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reply from %1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not sent yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::GuestbookView</name>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask the server for the newest messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guestbook status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guestbook messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reply…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer the selected message (Ctrl+R)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected message (Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no user %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Showing the messages saved on this computer: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say hello, leave a wish… (Ctrl+Enter sends)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Leave message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved here at once and sent when the server can be reached (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your answer… (Ctrl+Enter sends, Esc cancels)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Send reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reply to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your reply was not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the message from %1? This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message was not deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your message was not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reply…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open %1's space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My guestbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1's guestbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write in %1's guestbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Private (only %1 and you can read it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 / %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n message(s)</source>
            <translation>
                <numerusform>%n message</numerusform>
                <numerusform>%n messages</numerusform>
            </translation>
        </message>
        <message>
            <source>No messages in your guestbook yet.
When friends write to you, their messages appear here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No messages yet. Be the first to write in %1's guestbook.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::LinkDialog</name>
        <message>
            <source>Insert link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the reader sees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a web address (like https://example.com) or an e-mail address.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::MainWindow</name>
        <message>
            <source>%1's space — Kongjian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed in as %1 on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Navigation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My diaries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write and edit your diaries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friends' feed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What your friends wrote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New diary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Kongjian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Kongjian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;Kongjian %1&lt;/h3&gt;&lt;p&gt;Your personal space: diaries and a friends' feed that work offline and sync with a Kongjian server.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friends' &amp;feed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F&amp;riends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My &amp;space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your space as friends see it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My &amp;diaries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Albums</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Albums</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your photo albums</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Music</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Music</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your space's background music</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guestbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Guestbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Messages friends left in your space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visitors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Visitors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who came to see your space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notifications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notifications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New comments, likes and messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your friends, friend requests and groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Se&amp;ttings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skin, language and playback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That is not in your feed here (yet): a sync may bring it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;album</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::MusicPage</name>
        <message>
            <source>The background music could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Music</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your tracks, and the background music that plays in your space.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My tracks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add tracks…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add audio files as tracks: they upload when the server can be reached (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play my tracks from the one chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add to background music</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the chosen tracks to the background music of my space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the chosen tracks (Del)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No tracks yet. Add MP3, FLAC, Ogg, M4A or WAV files, or drop them here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Background music of my space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play when someone opens my space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visitors who allow it hear the music as soon as they open your space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shuffle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visitors hear the tracks in a random order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play the background music from its first track</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove from background music</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take the chosen tracks out of the background music (Del); they stay among your tracks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag tracks here from your tracks, then drag them into the order they play in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Music message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audio files (*.mp3 *.ogg *.oga *.opus *.flac *.m4a *.wav)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add tracks</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Preparing %n file(s)…</source>
            <translation>
                <numerusform>Preparing %n file…</numerusform>
                <numerusform>Preparing %n files…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n track(s) added: they upload when the server can be reached, then play for your visitors.</source>
            <translation>
                <numerusform>%n track added: it uploads when the server can be reached, then plays for your visitors.</numerusform>
                <numerusform>%n tracks added: they upload when the server can be reached, then play for your visitors.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is not a sound file that can be uploaded (MP3, Ogg, FLAC, M4A or WAV).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is larger than 50 MB, the most a track can be.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 could not be added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete “%1”? It also leaves your background music, and its likes and comments go with it.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Delete %n tracks? They also leave your background music, and their likes and comments go with them.</source>
            <translation>
                <numerusform>Delete this track? It also leaves your background music, and its likes and comments go with it.</numerusform>
                <numerusform>Delete %n tracks? They also leave your background music, and their likes and comments go with them.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete tracks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The track could not be deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This track plays once its file is uploaded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not synced yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved here; it goes to the server with the next sync, then your visitors hear it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::NotificationDelegate</name>
        <message>
            <source>“%1”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::NotificationText</name>
        <message>
            <source>post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>diary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>album</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>repost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>track</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 liked your %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 commented on your %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 replied to your comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 reposted your post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 wrote in your guestbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 answered your message in their guestbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 wants to be your friend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 accepted your friend request</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::NotificationsPage</name>
        <message>
            <source>Notifications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask the server for new notifications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Mark all read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark every notification read (Ctrl+Shift+M)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notifications status</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%n unread</numerusform>
                <numerusform>%n unread</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing new.
Comments, likes, guestbook messages and friend requests show up here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are offline: the server could not be reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 Showing the notifications as of %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::PhotoExifText</name>
        <message>
            <source> · </source>
            <extracomment>Between the facts on one line of a photo's details: "f/4 · 1/250 s · ISO 400"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>f/%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1/%1 s</source>
            <extracomment>An exposure time under a second: 1/250 s</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 s</source>
            <extracomment>An exposure time in seconds: 2.5 s</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ISO %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 mm</source>
            <extracomment>A lens's focal length in millimetres: 50 mm</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::PhotoViewer</name>
        <message>
            <source>Back to the album (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous photo (Left)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next photo (Right)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom out (-)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom in (+)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit to the window (F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actual size, 100% (1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a caption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the caption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Like this photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Like (Ctrl+L)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comments on this photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This photo cannot be shown now. It is loaded when the server can be reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not uploaded yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taken: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size: %1 × %2 pixels (%3 megapixels)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uploaded: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who can see it: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your change is saved here and will be sent with the next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(not sent yet)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n like(s)</source>
            <translation>
                <numerusform>%n like</numerusform>
                <numerusform>%n likes</numerusform>
            </translation>
        </message>
        <message>
            <source>Camera: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exposure: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::Player</name>
        <message>
            <source>This track's file cannot be played here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The track cannot be played: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This track's audio is not on the server (yet).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::PlayerBar</name>
        <message>
            <source>&amp;Play</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;revious track</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next track</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Shuffle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Repeat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Mute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Music player</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cover art</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Position in the track</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time played</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Length of the track</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Volume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing playing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose music on the Music page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Repeat: off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Repeat: all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Repeat: this track</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sound on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mute</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::RejectedIndicator</name>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>%n refused</numerusform>
                <numerusform>%n refused</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The server refused %n change(s) for good. Click to see why and what they said, then dismiss them.</source>
            <translation>
                <numerusform>The server refused %n change for good. Click to see why and what it said, then dismiss it.</numerusform>
                <numerusform>The server refused %n changes for good. Click to see why and what they said, then dismiss them.</numerusform>
            </translation>
        </message>
        <message>
            <source>Refused changes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::RelativeTime</name>
        <message>
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>just now</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>%n minute ago</numerusform>
                <numerusform>%n minutes ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>%n hour ago</numerusform>
                <numerusform>%n hours ago</numerusform>
            </translation>
        </message>
        <message>
            <source>yesterday %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MMM d</source>
            <extracomment>a date in this year, e.g. "Mar 14" / "3月14日" (QDate format)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MMM d, yyyy</source>
            <extracomment>a date in another year, e.g. "Mar 14, 2025" / "2025年3月14日" (QDate format)</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::RepostDialog</name>
        <message>
            <source>Repost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say something about it (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your words with the repost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Comment:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Audience:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who can see the repost (never more people than can see the original)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Interface language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interface language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Playback and notifications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play a space's background music when I open it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Autoplay background music</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show new comments, likes and guestbook messages from the tray</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tray notifications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed in as %1 (@%2) on %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account and server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign out of this account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes the server refused for good (for example a comment on something deleted meanwhile). Their words are kept here until you dismiss them: copy what you need first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss the selected refused change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss every refused change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was refused: every change you made reached the server or is on its way.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n change(s) refused. Pick one to see why and what it said.</source>
            <translation>
                <numerusform>%n change refused. Pick it to see why and what it said.</numerusform>
                <numerusform>%n changes refused. Pick one to see why and what it said.</numerusform>
            </translation>
        </message>
        <message>
            <source>Why: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It said: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not dismissed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every page and open window changes at once; dates and numbers follow the language too.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::Shell</name>
        <message>
            <source>Kongjian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your space could not be opened.

%1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shortcut</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::SignInDialog</name>
        <message>
            <source>Sign in — Kongjian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome to Kongjian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your diaries and your friends' news, also offline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in or create an account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Username</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Display name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How your friends see you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Username:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Display name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This server address starts with http:// and is not this computer, so your password would travel over the network unencrypted and could be read by others. Use an https:// address if the server has one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send my password unencrypted anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create an account — Kongjian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server address is not valid. It looks like http://127.0.0.1:8080 or https://example.org.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please enter your username.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A username has 3 to 32 characters: lower-case letters, digits, '_' and '.'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please enter your password.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Choose a password of at least %n character(s).</source>
            <translation>
                <numerusform>Choose a password of at least %n character.</numerusform>
                <numerusform>Choose a password of at least %n characters.</numerusform>
            </translation>
        </message>
        <message>
            <source>Please enter a display name: it is how your friends see you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirm that your password may be sent unencrypted, or use an https:// address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Creating account…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing in…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::Skin</name>
        <message>
            <source>Classic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sakura</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ocean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bamboo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Night</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::SocialArea</name>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1, %n unread</source>
            <translation>
                <numerusform>%1, %n unread</numerusform>
                <numerusform>%1, %n unread</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kj::ui::SpacePage</name>
        <message>
            <source>Space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back to my space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave this space and show yours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decoration not synced yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved on this computer; friends see it once it is sent to the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Decorate…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a skin, colours, a background picture and the modules of your space (Ctrl+Shift+D)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening %1's space…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no user %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1's space could not be opened: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shown as it was on %1: the server could not be reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1's space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your space shows no modules. Choose some with Decorate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 shows nothing in their space.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1's picture</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n photo</numerusform>
                <numerusform>%n photos</numerusform>
            </translation>
        </message>
        <message>
            <source>not synced yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No 说说 yet. Say something in the feed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No 说说 you may see.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n diary(s)</source>
            <translation>
                <numerusform>%n diary</numerusform>
                <numerusform>%n diaries</numerusform>
            </translation>
        </message>
        <message>
            <source>No diaries yet. Write your first one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No diaries you may see.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No albums yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No albums you may see.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n track(s)</source>
            <translation>
                <numerusform>%n track</numerusform>
                <numerusform>%n tracks</numerusform>
            </translation>
        </message>
        <message>
            <source>No background music yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No background music.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tracks are not on this computer yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Play</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play your space's background music</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play %1's background music</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No messages yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No messages yet. Be the first to leave one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only %1 sees who visited.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visitors show when the server can be reached.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n visit(s) in all</source>
            <translation>
                <numerusform>%n visit in all</numerusform>
                <numerusform>%n visits in all</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody has visited yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::StatusComposer</name>
        <message>
            <source>What's new? Write a 说说…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your 说说</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photos of the 说说</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click a photo (or select it and press Delete) to take it out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Photos</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Add up to %n photo(s) (or drop them here)</source>
            <translation>
                <numerusform>Add up to %n photo (or drop it here)</numerusform>
                <numerusform>Add up to %n photos (or drop them here)</numerusform>
            </translation>
        </message>
        <message>
            <source>Add photos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Characters used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Post the 说说 (Ctrl+Enter). It is saved here first and sent when the server can be reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose photos for the 说说</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>A 说说 shows at most %n photo(s); the others were left out.</source>
            <translation>
                <numerusform>A 说说 shows at most %n photo; the others were left out.</numerusform>
                <numerusform>A 说说 shows at most %n photos; the others were left out.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not a picture this program can read: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 / %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too long: a 说说 holds at most %1 characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Characters used of the most a 说说 holds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a picture the server takes (JPEG, PNG, WebP or GIF).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is damaged and cannot be shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is too large (at most 50 MB and 100 megapixels).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The 说说 was not saved. Remove these photos and post again:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The 说说 was not saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who can see the 说说</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::SyncIndicator</name>
        <message>
            <source>Sync status</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::SyncStatus</name>
        <message>
            <source>Syncing…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Offline — %n change(s) waiting, retrying in %1 s</source>
            <translation>
                <numerusform>Offline — %n change waiting, retrying in %1 s</numerusform>
                <numerusform>Offline — %n changes waiting, retrying in %1 s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Offline — %n change(s) waiting</source>
            <translation>
                <numerusform>Offline — %n change waiting</numerusform>
                <numerusform>Offline — %n changes waiting</numerusform>
            </translation>
        </message>
        <message>
            <source>Offline — retrying in %1 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Sync failed — %n change(s) waiting</source>
            <translation>
                <numerusform>Sync failed — %n change waiting</numerusform>
                <numerusform>Sync failed — %n changes waiting</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in again</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Not synced yet — %n change(s) waiting</source>
            <translation>
                <numerusform>Not synced yet — %n change waiting</numerusform>
                <numerusform>Not synced yet — %n changes waiting</numerusform>
            </translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Synced %1 — %n change(s) waiting</source>
            <translation>
                <numerusform>Synced %1 — %n change waiting</numerusform>
                <numerusform>Synced %1 — %n changes waiting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Synced %1 — %n change(s) refused by the server</source>
            <translation>
                <numerusform>Synced %1 — %n change refused by the server</numerusform>
                <numerusform>Synced %1 — %n changes refused by the server</numerusform>
            </translation>
        </message>
        <message>
            <source>Synced %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending your changes and fetching your friends' news.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server cannot be reached. Everything you write is kept on this computer and sent when the server is back. Click to try now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 Click to try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click to try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server no longer accepts this sign-in. Your diaries stay on this computer. Click to sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click to sync now (F5).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The server refused %n change(s) for good (say, a comment on something deleted meanwhile). Their words are kept on this computer: Settings › Refused changes lists them (or click the refused count). Click to sync now (F5).</source>
            <translation>
                <numerusform>The server refused %n change for good (say, a comment on something deleted meanwhile). Its words are kept on this computer: Settings › Refused changes lists it (or click the refused count). Click to sync now (F5).</numerusform>
                <numerusform>The server refused %n changes for good (say, a comment on something deleted meanwhile). Their words are kept on this computer: Settings › Refused changes lists them (or click the refused count). Click to sync now (F5).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kj::ui::TrackDelegate</name>
        <message>
            <source>Waiting to upload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uploading %1%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not synced yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown artist</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::TrayIcon</name>
        <message>
            <source>Kongjian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Show Kongjian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;ync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::UploadDelegate</name>
        <message>
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uploading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Will retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::UploadPanel</name>
        <message>
            <source>Uploads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress of all uploads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause the selected file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume the selected file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel the selected file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause every upload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume every upload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel every upload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Files being uploaded</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n file(s): %1 of %2</source>
            <translation>
                <numerusform>%n file: %1 of %2</numerusform>
                <numerusform>%n files: %1 of %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kj::ui::UploadProgress</name>
        <message>
            <source>Uploading %1 of %2…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n file(s) waiting to upload</source>
            <translation>
                <numerusform>%n file waiting to upload</numerusform>
                <numerusform>%n files waiting to upload</numerusform>
            </translation>
        </message>
        <message>
            <source>Now: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photos and music go up in the background and go on where they stopped after a break. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Upload progress</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kj::ui::VisitorsPage</name>
        <message>
            <source>Visitors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask the server who came lately</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visitors status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visitors of your space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visit the selected person's space (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n visit(s) in all</source>
            <translation>
                <numerusform>%n visit in all</numerusform>
                <numerusform>%n visits in all</numerusform>
            </translation>
        </message>
        <message>
            <source>You are offline: the server could not be reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 Showing the visitors as of %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visitors are kept on the server. Connect to see who came to your space.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No visitors yet.
When friends open your space, they appear here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Kongjian, your personal space.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile folder (or KONGJIAN_PROFILE).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server address (or KONGJIAN_SERVER).</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
