<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>kj::ui::Audience</name>
    <message>
        <source>Public</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>好友</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>仅自己</translation>
    </message>
</context>
<context>
    <name>kj::ui::DiariesPage</name>
    <message>
        <source>My diaries</source>
        <translation>我的日志</translation>
    </message>
    <message>
        <source>New diary</source>
        <translation>写日志</translation>
    </message>
    <message>
        <source>Write a new diary</source>
        <translation>写一篇新日志</translation>
    </message>
    <message>
        <source>No diaries yet.
Write your first one on the right.</source>
        <translation>还没有日志。
在右边写下第一篇吧。</translation>
    </message>
    <message numerus="yes">
        <source>%n diary(ies)</source>
        <translation>
            <numerusform>%n 篇日志</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kj::ui::DiaryDelegate</name>
    <message>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>No text yet</source>
        <translation>还没有正文</translation>
    </message>
    <message>
        <source>not yet synced</source>
        <translation>尚未同步</translation>
    </message>
</context>
<context>
    <name>kj::ui::DiaryEditor</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Diary title</source>
        <translation>日志标题</translation>
    </message>
    <message>
        <source>Write something…</source>
        <translation>写点什么吧…</translation>
    </message>
    <message>
        <source>Diary text</source>
        <translation>日志正文</translation>
    </message>
    <message>
        <source>Who can see this diary</source>
        <translation>谁可以看这篇日志</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>好友</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>仅自己</translation>
    </message>
    <message>
        <source>Anyone can read it</source>
        <translation>所有人都可以看</translation>
    </message>
    <message>
        <source>Only your friends can read it</source>
        <translation>只有好友可以看</translation>
    </message>
    <message>
        <source>Nobody but you can read it</source>
        <translation>只有你自己可以看</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete this diary</source>
        <translation>删除这篇日志</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save this diary</source>
        <translation>保存这篇日志</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>保存（%1）</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>谁可以看：</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Text format</source>
        <translation>文字格式</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>粗体</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>项目列表</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>已于 %1 保存</translation>
    </message>
    <message>
        <source>this diary</source>
        <translation>这篇日志</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Delete diary</source>
        <translation>删除日志</translation>
    </message>
    <message>
        <source>Delete %1? It will also be removed from the server and from your friends&apos; feeds.</source>
        <translation>删除%1？它也会从服务器和好友的动态中删除。</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>正在编辑…</translation>
    </message>
    <message>
        <source>Updated from the server</source>
        <translation>已从服务器更新</translation>
    </message>
    <message>
        <source>Changed on another device meanwhile: saving keeps both texts</source>
        <translation>这篇日志刚在别的设备上改过：保存时会同时保留两个版本</translation>
    </message>
</context>
<context>
    <name>kj::ui::DiaryViewer</name>
    <message>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (@%2) · %3 · %4</source>
        <translation>%1（@%2）· %3 · %4</translation>
    </message>
    <message>
        <source>Diary text</source>
        <translation>日志正文</translation>
    </message>
</context>
<context>
    <name>kj::ui::ErrorText</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The server did not understand the request. Kongjian and the server may be different versions.</source>
        <translation>服务器无法理解这个请求。空间客户端和服务器的版本可能不一致。</translation>
    </message>
    <message>
        <source>Some of what you entered was not accepted.</source>
        <translation>你填写的部分内容不被接受。</translation>
    </message>
    <message>
        <source>The item&apos;s id is not valid.</source>
        <translation>该条目的编号无效。</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>登录已失效，请重新登录。</translation>
    </message>
    <message>
        <source>The username or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>You are not allowed to do that.</source>
        <translation>你没有权限这样做。</translation>
    </message>
    <message>
        <source>It could not be found. It may have been deleted, or you may not be allowed to see it.</source>
        <translation>找不到该内容。它可能已被删除，或者你无权查看。</translation>
    </message>
    <message>
        <source>It was changed elsewhere in the meantime.</source>
        <translation>它在别处已被修改。</translation>
    </message>
    <message>
        <source>This username is already taken. Please choose another one.</source>
        <translation>这个用户名已被占用，请换一个。</translation>
    </message>
    <message>
        <source>That already exists: you are already friends, or a request is already waiting.</source>
        <translation>已经存在：你们已经是好友，或者已有一个待处理的请求。</translation>
    </message>
    <message>
        <source>It is too large for the server.</source>
        <translation>内容太大，服务器无法接收。</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a few minutes and try again.</source>
        <translation>尝试次数过多，请等几分钟再试。</translation>
    </message>
    <message>
        <source>The server ran into a problem. Please try again later.</source>
        <translation>服务器出了问题，请稍后再试。</translation>
    </message>
    <message>
        <source>The server is busy or down for maintenance. Please try again later.</source>
        <translation>服务器繁忙或正在维护，请稍后再试。</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the address and your network connection.</source>
        <translation>无法连接服务器。请检查地址和网络连接。</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>服务器响应超时。</translation>
    </message>
    <message>
        <source>The server gave an answer Kongjian does not understand. Is this a Kongjian server?</source>
        <translation>服务器的回应无法识别。这是空间服务器吗？</translation>
    </message>
    <message>
        <source>Kongjian could not read or write its local data on this computer.</source>
        <translation>空间无法读写本机上的数据。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>出错了。</translation>
    </message>
</context>
<context>
    <name>kj::ui::FeedDelegate</name>
    <message>
        <source>not yet synced</source>
        <translation>尚未同步</translation>
    </message>
</context>
<context>
    <name>kj::ui::FeedPage</name>
    <message>
        <source>Friends&apos; feed</source>
        <translation>好友动态</translation>
    </message>
    <message>
        <source>What your friends and you wrote, newest first.</source>
        <translation>你和好友写的日志，最新的在前。</translation>
    </message>
    <message>
        <source>Double-click a diary to read all of it</source>
        <translation>双击日志阅读全文</translation>
    </message>
    <message>
        <source>Nothing here yet.
When your friends write diaries, they appear here. Add friends on the Friends page.</source>
        <translation>这里还什么都没有。
好友写的日志会出现在这里。可以在“好友”页添加好友。</translation>
    </message>
</context>
<context>
    <name>kj::ui::FriendsPage</name>
    <message>
        <source>Friends</source>
        <translation>好友</translation>
    </message>
    <message>
        <source>Username of a friend to add</source>
        <translation>要添加的好友的用户名</translation>
    </message>
    <message>
        <source>Send friend request</source>
        <translation>发送好友请求</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Your friends</source>
        <translation>你的好友</translation>
    </message>
    <message>
        <source>Remove friend</source>
        <translation>删除好友</translation>
    </message>
    <message>
        <source>Friend requests to you</source>
        <translation>收到的好友请求</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Friend requests you sent</source>
        <translation>你发出的好友请求</translation>
    </message>
    <message>
        <source>“%1” is not a valid username: 3 to 32 letters, digits, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>“%1”不是有效的用户名：需要 3 到 32 个字母、数字、“_”或“.”。</translation>
    </message>
    <message>
        <source>Sending a friend request to %1…</source>
        <translation>正在向 %1 发送好友请求…</translation>
    </message>
    <message>
        <source>Friend request sent to %1.</source>
        <translation>已向 %1 发送好友请求。</translation>
    </message>
    <message>
        <source>You and %1 are friends now.</source>
        <translation>你和 %1 已经是好友了。</translation>
    </message>
    <message>
        <source>Request declined.</source>
        <translation>已拒绝请求。</translation>
    </message>
    <message>
        <source>Remove %1 from your friends? You will no longer see each other&apos;s diaries for friends.</source>
        <translation>要把 %1 从好友中删除吗？你们将看不到彼此仅好友可见的日志。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1 is no longer your friend.</source>
        <translation>%1 已不再是你的好友。</translation>
    </message>
    <message>
        <source>Your friends (%1)</source>
        <translation>你的好友（%1）</translation>
    </message>
    <message>
        <source>Requests to you (%1)</source>
        <translation>收到的请求（%1）</translation>
    </message>
    <message>
        <source>Requests you sent (%1)</source>
        <translation>发出的请求（%1）</translation>
    </message>
</context>
<context>
    <name>kj::ui::MainWindow</name>
    <message>
        <source>%1&apos;s space — Kongjian</source>
        <translation>%1的空间 — 空间</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2</source>
        <translation>已登录：%1 @ %2</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>My diaries</source>
        <translation>我的日志</translation>
    </message>
    <message>
        <source>Write and edit your diaries</source>
        <translation>写日志、改日志</translation>
    </message>
    <message>
        <source>Friends&apos; feed</source>
        <translation>好友动态</translation>
    </message>
    <message>
        <source>What your friends wrote</source>
        <translation>好友们写了什么</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>好友</translation>
    </message>
    <message>
        <source>Your friends and friend requests</source>
        <translation>你的好友和好友请求</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New diary</source>
        <translation>写日志(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Kongjian</source>
        <translation>关于空间(&amp;A)</translation>
    </message>
    <message>
        <source>About Kongjian</source>
        <translation>关于空间</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kongjian %1&lt;/h3&gt;&lt;p&gt;Your personal space: diaries and a friends&apos; feed that work offline and sync with a Kongjian server.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;空间 %1&lt;/h3&gt;&lt;p&gt;你的个人空间：日志和好友动态，离线也能用，并与空间服务器同步。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;My diaries</source>
        <translation>我的日志(&amp;M)</translation>
    </message>
    <message>
        <source>Friends&apos; &amp;feed</source>
        <translation>好友动态(&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;riends</source>
        <translation>好友(&amp;R)</translation>
    </message>
</context>
<context>
    <name>kj::ui::RelativeTime</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>昨天 %1</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>kj::ui::Shell</name>
    <message>
        <source>Kongjian</source>
        <translation>空间</translation>
    </message>
    <message>
        <source>Your space could not be opened.

%1</source>
        <translation>无法打开你的空间。

%1</translation>
    </message>
</context>
<context>
    <name>kj::ui::SignInDialog</name>
    <message>
        <source>Sign in — Kongjian</source>
        <translation>登录 — 空间</translation>
    </message>
    <message>
        <source>Welcome to Kongjian</source>
        <translation>欢迎来到空间</translation>
    </message>
    <message>
        <source>Your diaries and your friends&apos; news, also offline.</source>
        <translation>你的日志和好友动态，离线也能看。</translation>
    </message>
    <message>
        <source>Sign in or create an account</source>
        <translation>登录或注册</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>注册账号</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>How your friends see you</source>
        <translation>好友看到的名字</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>昵称(&amp;D)：</translation>
    </message>
    <message>
        <source>This server address starts with http:// and is not this computer, so your password would travel over the network unencrypted and could be read by others. Use an https:// address if the server has one.</source>
        <translation>这个服务器地址以 http:// 开头，而且不是本机，你的密码会以明文在网络上传输，可能被他人读取。如果服务器支持，请使用 https:// 地址。</translation>
    </message>
    <message>
        <source>Send my password unencrypted anyway</source>
        <translation>仍然以明文发送我的密码</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>正在等待服务器</translation>
    </message>
    <message>
        <source>Create an account — Kongjian</source>
        <translation>注册账号 — 空间</translation>
    </message>
    <message>
        <source>The server address is not valid. It looks like http://127.0.0.1:8080 or https://example.org.</source>
        <translation>服务器地址无效。它应该像 http://127.0.0.1:8080 或 https://example.org 这样。</translation>
    </message>
    <message>
        <source>Please enter your username.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>A username has 3 to 32 characters: lower-case letters, digits, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>用户名由 3 到 32 个字符组成：小写字母、数字、“_”和“.”。</translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message numerus="yes">
        <source>Choose a password of at least %n character(s).</source>
        <translation>
            <numerusform>请设置至少 %n 个字符的密码。</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter a display name: it is how your friends see you.</source>
        <translation>请填写昵称：好友会看到它。</translation>
    </message>
    <message>
        <source>Confirm that your password may be sent unencrypted, or use an https:// address.</source>
        <translation>请确认可以明文发送密码，或者改用 https:// 地址。</translation>
    </message>
    <message>
        <source>Creating account…</source>
        <translation>正在注册…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>kj::ui::SyncIndicator</name>
    <message>
        <source>Sync status</source>
        <translation>同步状态</translation>
    </message>
</context>
<context>
    <name>kj::ui::SyncStatus</name>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting, retrying in %1 s</source>
        <translation>
            <numerusform>离线 — %n 项更改待上传，%1 秒后重试</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>离线 — %n 项更改待上传</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — retrying in %1 s</source>
        <translation>离线 — %1 秒后重试</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message numerus="yes">
        <source>Sync failed — %n change(s) waiting</source>
        <translation>
            <numerusform>同步失败 — %n 项更改待上传</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>请重新登录</translation>
    </message>
    <message numerus="yes">
        <source>Not synced yet — %n change(s) waiting</source>
        <translation>
            <numerusform>尚未同步 — %n 项更改待上传</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message numerus="yes">
        <source>Synced %1 — %n change(s) waiting</source>
        <translation>
            <numerusform>%1已同步 — %n 项更改待上传</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %1 — %n change(s) refused by the server</source>
        <translation>
            <numerusform>%1已同步 — %n 项更改被服务器拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>%1已同步</translation>
    </message>
    <message>
        <source>Sending your changes and fetching your friends&apos; news.</source>
        <translation>正在上传你的更改并获取好友的动态。</translation>
    </message>
    <message>
        <source>The server cannot be reached. Everything you write is kept on this computer and sent when the server is back. Click to try now.</source>
        <translation>无法连接服务器。你写的内容都保存在本机，服务器恢复后会自动上传。点击立即重试。</translation>
    </message>
    <message>
        <source>%1 Click to try again.</source>
        <translation>%1 点击重试。</translation>
    </message>
    <message>
        <source>Click to try again.</source>
        <translation>点击重试。</translation>
    </message>
    <message>
        <source>The server no longer accepts this sign-in. Your diaries stay on this computer. Click to sign in again.</source>
        <translation>服务器已不再接受这次登录。你的日志仍保存在本机。点击重新登录。</translation>
    </message>
    <message>
        <source>Click to sync now (F5).</source>
        <translation>点击立即同步（F5）。</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n change(s) for good (say, a comment on something deleted meanwhile). Their words are kept on this computer: kongjian-cli rejected lists them. Click to sync now (F5).</source>
        <translation>
            <numerusform>服务器拒绝了 %n 项更改（例如对已被删除的内容的评论）。内容仍保存在本机，可用 kongjian-cli rejected 查看。点击立即同步（F5）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kongjian, your personal space.</source>
        <translation>空间，你的个人空间。</translation>
    </message>
    <message>
        <source>Profile folder (or KONGJIAN_PROFILE).</source>
        <translation>配置文件夹（或 KONGJIAN_PROFILE）。</translation>
    </message>
    <message>
        <source>Server address (or KONGJIAN_SERVER).</source>
        <translation>服务器地址（或 KONGJIAN_SERVER）。</translation>
    </message>
</context>
</TS>
