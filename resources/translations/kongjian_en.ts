<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>kj::ui::Audience</name>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kj::ui::DiariesPage</name>
    <message>
        <source>My diaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No diaries yet.
Write your first one on the right.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet synced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kj::ui::DiaryEditor</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can see this diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone can read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your friends can read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody but you can read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? It will also be removed from the server and from your friends&apos; feeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on another device meanwhile: saving keeps both texts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kj::ui::DiaryViewer</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (@%2) · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kj::ui::ErrorText</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not understand the request. Kongjian and the server may be different versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of what you entered was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s id is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be found. It may have been deleted, or you may not be allowed to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was changed elsewhere in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This username is already taken. Please choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That already exists: you are already friends, or a request is already waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is too large for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a few minutes and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ran into a problem. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy or down for maintenance. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached. Check the address and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave an answer Kongjian does not understand. Is this a Kongjian server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kongjian could not read or write its local data on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kj::ui::FeedDelegate</name>
    <message>
        <source>not yet synced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kj::ui::FeedPage</name>
    <message>
        <source>Friends&apos; feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your friends and you wrote, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a diary to read all of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet.
When your friends write diaries, they appear here. Add friends on the Friends page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kj::ui::FriendsPage</name>
    <message>
        <source>Friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username of a friend to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send friend request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend requests to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend requests you sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid username: 3 to 32 letters, digits, &apos;_&apos; or &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a friend request to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend request sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You and %1 are friends now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from your friends? You will no longer see each other&apos;s diaries for friends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer your friend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your friends (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests to you (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests you sent (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kj::ui::MainWindow</name>
    <message>
        <source>%1&apos;s space — Kongjian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My diaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write and edit your diaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friends&apos; feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your friends wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your friends and friend requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kongjian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Kongjian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kongjian %1&lt;/h3&gt;&lt;p&gt;Your personal space: diaries and a friends&apos; feed that work offline and sync with a Kongjian server.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My diaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friends&apos; &amp;feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;riends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kj::ui::RelativeTime</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM d</source>
        <extracomment>a date in this year, e.g. &quot;Mar 14&quot; / &quot;3月14日&quot; (QDate format)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <extracomment>a date in another year, e.g. &quot;Mar 14, 2025&quot; / &quot;2025年3月14日&quot; (QDate format)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kj::ui::Shell</name>
    <message>
        <source>Kongjian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your space could not be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kj::ui::SignInDialog</name>
    <message>
        <source>Sign in — Kongjian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Kongjian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diaries and your friends&apos; news, also offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in or create an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your friends see you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server address starts with http:// and is not this computer, so your password would travel over the network unencrypted and could be read by others. Use an https:// address if the server has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send my password unencrypted anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an account — Kongjian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is not valid. It looks like http://127.0.0.1:8080 or https://example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A username has 3 to 32 characters: lower-case letters, digits, &apos;_&apos; and &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that your password may be sent unencrypted, or use an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kj::ui::SyncIndicator</name>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kj::ui::SyncStatus</name>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending your changes and fetching your friends&apos; news.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Everything you write is kept on this computer and sent when the server is back. Click to try now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Click to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts this sign-in. Your diaries stay on this computer. Click to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sync now (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n change(s) for good (say, a comment on something deleted meanwhile). Their words are kept on this computer: kongjian-cli rejected lists them. Click to sync now (F5).</source>
        <translation>
            <numerusform>The server refused %n change for good (say, a comment on something deleted meanwhile). Its words are kept on this computer: kongjian-cli rejected lists it. Click to sync now (F5).</numerusform>
            <numerusform>The server refused %n changes for good (say, a comment on something deleted meanwhile). Their words are kept on this computer: kongjian-cli rejected lists them. Click to sync now (F5).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kongjian, your personal space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile folder (or KONGJIAN_PROFILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address (or KONGJIAN_SERVER).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
