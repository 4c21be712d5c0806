<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>kj::models::FriendGroupModel</name>
        <message numerus="yes">
            <source>%1 (%n member(s))</source>
            <translation>
                <numerusform>%1（%n 位成员）</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody in this group yet</source>
            <translation>这个分组里还没有人</translation>
        </message>
    </context>
    <context>
        <name>kj::models::PlaylistModel</name>
        <message>
            <source>A track not synced here yet</source>
            <translation>一首还没同步到这里的歌曲</translation>
        </message>
    </context>
    <context>
        <name>kj::models::RejectedChangeModel</name>
        <message>
            <source>Diary</source>
            <translation>日志</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>评论</translation>
        </message>
        <message>
            <source>Like</source>
            <translation>赞</translation>
        </message>
        <message>
            <source>Guestbook message</source>
            <translation>留言</translation>
        </message>
        <message>
            <source>Guestbook reply</source>
            <translation>留言回复</translation>
        </message>
        <message>
            <source>Friend request</source>
            <translation>好友请求</translation>
        </message>
        <message>
            <source>Answer to a friend request</source>
            <translation>对好友请求的答复</translation>
        </message>
        <message>
            <source>Ended friendship</source>
            <translation>解除好友关系</translation>
        </message>
        <message>
            <source>Friend group</source>
            <translation>好友分组</translation>
        </message>
        <message>
            <source>Space settings</source>
            <translation>空间设置</translation>
        </message>
        <message>
            <source>说说</source>
            <translation>说说</translation>
        </message>
        <message>
            <source>Repost</source>
            <translation>转发</translation>
        </message>
        <message>
            <source>Album</source>
            <translation>相册</translation>
        </message>
        <message>
            <source>Photo edit</source>
            <translation>照片修改</translation>
        </message>
        <message>
            <source>Track edit</source>
            <translation>歌曲修改</translation>
        </message>
        <message>
            <source>Photo upload</source>
            <translation>照片上传</translation>
        </message>
        <message>
            <source>Track upload</source>
            <translation>歌曲上传</translation>
        </message>
        <message>
            <source>%1 “%2”</source>
            <translation>%1“%2”</translation>
        </message>
        <message>
            <source>%1 in %2's guestbook</source>
            <translation>%2 的留言板里的%1</translation>
        </message>
        <message>
            <source>%1 (like)</source>
            <translation>%1（赞）</translation>
        </message>
        <message>
            <source>%1 (unlike)</source>
            <translation>%1（取消赞）</translation>
        </message>
        <message>
            <source>%1 (delete)</source>
            <translation>%1（删除）</translation>
        </message>
    </context>
    <context>
        <name>kj::models::SpaceModuleModel</name>
        <message>
            <source>Profile card</source>
            <translation>个人名片</translation>
        </message>
        <message>
            <source>Latest 说说</source>
            <translation>最新说说</translation>
        </message>
        <message>
            <source>Diaries</source>
            <translation>日志</translation>
        </message>
        <message>
            <source>Albums</source>
            <translation>相册</translation>
        </message>
        <message>
            <source>Background music</source>
            <translation>背景音乐</translation>
        </message>
        <message>
            <source>Guestbook</source>
            <translation>留言板</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>访客</translation>
        </message>
        <message>
            <source>Shown on your space; drag to move it</source>
            <translation>显示在你的空间里；拖动可调整位置</translation>
        </message>
        <message>
            <source>Hidden; tick it to show it</source>
            <translation>已隐藏；勾选即可显示</translation>
        </message>
    </context>
    <context>
        <name>kj::models::TrackRow</name>
        <message>
            <source>%1 by %2</source>
            <translation>%1 - %2</translation>
        </message>
    </context>
    <context>
        <name>kj::ui::ActivityNotifier</name>
        <message numerus="yes">
            <source>%n new notification(s) in Kongjian</source>
            <translation>
                <numerusform>空间有 %n 条新通知</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>还有 %n 条</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kj::ui::AlbumDelegate</name>
        <message numerus="yes">
            <source>%n uploading</source>
            <translation>
                <numerusform>%n 张正在上传</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n 张照片</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kj::ui::AlbumDialog</name>
        <message>
            <source>New album</source>
            <translation>新建相册</translation>
        </message>
        <message>
            <source>Edit album</source>
            <translation>编辑相册</translation>
        </message>
        <message>
            <source>Album title</source>
            <translation>相册名称</translation>
        </message>
        <message>
            <source>e.g. Spring outing</source>
            <translation>例如：春游</translation>
        </message>
        <message>
            <source>Album description</source>
            <translation>相册描述</translation>
        </message>
        <message>
            <source>What is it about? (optional)</source>
            <translation>这个相册是关于什么的？（可选）</translation>
        </message>
        <message>
            <source>Who can see this album</source>
            <translation>谁可以看这个相册</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>名称(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>描述(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Who can see it:</source>
            <translation>谁可以看(&amp;W)：</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>创建</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>An album needs a title.</source>
            <translation>相册需要一个名称。</translation>
        </message>
        <message numerus="yes">
            <source>The description is too long (at most %n characters).</source>
            <translation>
                <numerusform>描述太长了（最多 %n 个字）。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kj::ui::AlbumsPage</name>
        <message>
            <source>New album</source>
            <translation>新建相册</translation>
        </message>
        <message>
            <source>Make a new album (Ctrl+N)</source>
            <translation>新建一个相册（Ctrl+N）</translation>
        </message>
        <message>
            <source>Edit the selected album</source>
            <translation>编辑选中的相册</translation>
        </message>
        <message>
            <source>Delete the selected album</source>
            <translation>删除选中的相册</translation>
        </message>
        <message>
            <source>Add photos…</source>
            <translation>添加照片…</translation>
        </message>
        <message>
            <source>Add pictures to the selected album (Ctrl+I)</source>
            <translation>向选中的相册添加图片（Ctrl+I）</translation>
        </message>
        <message>
            <source>Add every picture of a folder to the selected album</source>
            <translation>把一个文件夹里的所有图片添加到选中的相册</translation>
        </message>
        <message>
            <source>What just happened</source>
            <translation>操作提示</translation>
        </message>
        <message>
            <source>Albums</source>
            <translation>相册</translation>
        </message>
        <message>
            <source>Back to the albums (Alt+Left)</source>
            <translation>返回相册列表（Alt+Left）</translation>
        </message>
        <message>
            <source>Edit album</source>
            <translation>编辑相册</translation>
        </message>
        <message>
            <source>Edit this album</source>
            <translation>编辑这个相册</translation>
        </message>
        <message>
            <source>Add pictures to this album (Ctrl+I)</source>
            <translation>向这个相册添加图片（Ctrl+I）</translation>
        </message>
        <message>
            <source>Photos of the album</source>
            <translation>相册中的照片</translation>
        </message>
        <message>
            <source>My albums</source>
            <translation>我的相册</translation>
        </message>
        <message>
            <source>%1's albums</source>
            <translation>%1的相册</translation>
        </message>
        <message>
            <source>Only an album that has not reached the server yet can be deleted</source>
            <translation>只能删除尚未上传到服务器的相册</translation>
        </message>
        <message numerus="yes">
            <source>%n album(s)</source>
            <translation>
                <numerusform>%n 个相册</numerusform>
            </translation>
        </message>
        <message>
            <source>No albums yet.
Make one with “New album”, then drop photos or whole folders onto it.</source>
            <translation>还没有相册。
点击“新建相册”创建一个，然后把照片或整个文件夹拖到上面。</translation>
        </message>
        <message>
            <source>No albums to show.
Those shared with you appear here once the server has been reached.</source>
            <translation>没有可显示的相册。
连接到服务器后，好友分享给你的相册会显示在这里。</translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n 张照片</numerusform>
            </translation>
        </message>
        <message>
            <source>not synced yet</source>
            <translation>未同步</translation>
        </message>
        <message>
            <source>No photos yet. Drop pictures or whole folders here, or use “Add photos…”.</source>
            <translation>还没有照片。把图片或整个文件夹拖到这里，或者点击“添加照片…”。</translation>
        </message>
        <message>
            <source>Drop pictures or folders here to add them.</source>
            <translation>把图片或文件夹拖到这里即可添加。</translation>
        </message>
        <message>
            <source>No photos you may see in this album.</source>
            <translation>这个相册里没有你可以看的照片。</translation>
        </message>
        <message>
            <source>Album “%1” made. Drop photos or folders onto it to fill it.</source>
            <translation>相册“%1”已创建。把照片或文件夹拖到上面来添加。</translation>
        </message>
        <message>
            <source>Delete album</source>
            <translation>删除相册</translation>
        </message>
        <message>
            <source>Delete the album “%1”?</source>
            <translation>要删除相册“%1”吗？</translation>
        </message>
        <message>
            <source>Pick an album first.</source>
            <translation>请先选择一个相册。</translation>
        </message>
        <message>
            <source>Add a folder of photos</source>
            <translation>添加照片文件夹</translation>
        </message>
        <message>
            <source>Add photos</source>
            <translation>添加照片</translation>
        </message>
        <message>
            <source>Pictures (*.jpg *.jpeg *.png *.webp *.gif);;All files (*)</source>
            <translation>图片 (*.jpg *.jpeg *.png *.webp *.gif);;所有文件 (*)</translation>
        </message>
        <message>
            <source>That album is not here any more.</source>
            <translation>这个相册已经不在了。</translation>
        </message>
        <message numerus="yes">
            <source>Looking through %n item(s)…</source>
            <translation>
                <numerusform>正在查看 %n 个项目…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) added to “%1”; they upload in the background.</source>
            <translation>
                <numerusform>已向“%1”添加 %n 张照片，将在后台上传。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is not a picture (JPEG, PNG, WebP or GIF)</source>
            <translation>%1 不是图片（JPEG、PNG、WebP 或 GIF）</translation>
        </message>
        <message>
            <source>%1 cannot be read as a picture (damaged?)</source>
            <translation>%1 无法作为图片读取（文件可能已损坏）</translation>
        </message>
        <message>
            <source>%1 is too large (at most 50 MB and 100 megapixels)</source>
            <translation>%1 太大了（最大 50 MB、1 亿像素）</translation>
        </message>
        <message>
            <source>%1 cannot be opened</source>
            <translation>%1 无法打开</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>还有 %n 个</numerusform>
            </translation>
        </message>
        <message>
            <source>Not added: %1.</source>
            <translation>未添加：%1。</translation>
        </message>
        <message>
            <source>No pictures were found there.</source>
            <translation>那里没有找到图片。</translation>
        </message>
        <message>
            <source>Drop the photos onto an album.</source>
            <translation>请把照片拖到相册上。</translation>
        </message>
    </context>
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
        <message>
            <source>Friend groups</source>
            <translation>好友分组</translation>
        </message>
    </context>
    <context>
        <name>kj::ui::AudiencePicker</name>
        <message>
            <source>Who can see it</source>
            <translation>谁可以看</translation>
        </message>
        <message>
            <source>Anyone can see it, even people who are not your friends</source>
            <translation>所有人都能看到，包括不是你好友的人</translation>
        </message>
        <message>
            <source>All your friends can see it</source>
            <translation>你的所有好友都能看到</translation>
        </message>
        <message>
            <source>Nobody but you can see it</source>
            <translation>只有你自己能看到</translation>
        </message>
        <message numerus="yes">
            <source>Only your friends in %n of your groups can see it</source>
            <translation>
                <numerusform>只有你 %n 个分组里的好友能看到</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>“%1”</translation>
        </message>
        <message>
            <source>Only your friends in %1 can see it</source>
            <translation>只有%1里的好友能看到</translation>
        </message>
        <message numerus="yes">
            <source>(and in %n group(s) not kept here)</source>
            <translation>
                <numerusform>（以及这里没有保存的 %n 个分组）</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody is in it yet: for now only you can see it.</source>
            <translation>分组里还没有人：目前只有你自己能看到。</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>等另外 %n 人</numerusform>
            </translation>
        </message>
        <message>
            <source>Now: %1</source>
            <translation>当前：%1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>No friend groups yet</source>
            <translation>还没有好友分组</translation>
        </message>
        <message>
            <source>Make friend groups on the Friends page to show things to some of your friends only</source>
            <translation>在“好友”页面建立好友分组，就可以只给部分好友看</translation>
        </message>
        <message numerus="yes">
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n 个分组</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 及另外 %n 个</numerusform>
            </translation>
        </message>
        <message>
            <source>Several groups…</source>
            <translation>多个分组…</translation>
        </message>
        <message>
            <source>Choose two or more of your friend groups</source>
            <translation>选择两个或更多好友分组</translation>
        </message>
        <message>
            <source>Friend groups</source>
            <translation>好友分组</translation>
        </message>
        <message>
            <source>Only your friends in the groups you tick can see it.</source>
            <translation>只有你勾选的分组里的好友能看到。</translation>
        </message>
        <message>
            <source>Friend groups who can see it</source>
            <translation>可以看到的好友分组</translation>
        </message>
    </context>
    <context>
        <name>kj::ui::DecorateDialog</name>
        <message>
            <source>Decorate my space</source>
            <translation>装扮我的空间</translation>
        </message>
        <message>
            <source>Skin</source>
            <translation>皮肤</translation>
        </message>
        <message>
            <source>Colours and picture</source>
            <translation>颜色和图片</translation>
        </message>
        <message>
            <source>Accent colour</source>
            <translation>主题色</translation>
        </message>
        <message>
            <source>The colour of titles, buttons and highlights</source>
            <translation>标题、按钮和高亮的颜色</translation>
        </message>
        <message>
            <source>Use the skin's colours</source>
            <translation>使用皮肤自带的颜色</translation>
        </message>
        <message>
            <source>Accent colour:</source>
            <translation>主题色：</translation>
        </message>
        <message>
            <source>Choose a &amp;picture…</source>
            <translation>选择图片(&amp;P)…</translation>
        </message>
        <message>
            <source>A photo from this computer, shown behind your space (it is uploaded)</source>
            <translation>本机上的一张照片，显示在你的空间背景中（会被上传）</translation>
        </message>
        <message>
            <source>&amp;No picture</source>
            <translation>不用图片(&amp;N)</translation>
        </message>
        <message>
            <source>Background:</source>
            <translation>背景：</translation>
        </message>
        <message>
            <source>Your name's space</source>
            <translation>某某的空间</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>标题(&amp;T)：</translation>
        </message>
        <message>
            <source>A line under the title</source>
            <translation>标题下方的一行字</translation>
        </message>
        <message>
            <source>&amp;Motto:</source>
            <translation>签名(&amp;M)：</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>模块</translation>
        </message>
        <message>
            <source>Drag to change the order; untick to hide.</source>
            <translation>拖动可调整顺序；取消勾选可隐藏。</translation>
        </message>
        <message>
            <source>Modules of your space</source>
            <translation>你空间里的模块</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>上移(&amp;U)</translation>
        </message>
        <message>
            <source>Move the chosen module up (Ctrl+Up)</source>
            <translation>上移选中的模块（Ctrl+Up）</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>下移(&amp;W)</translation>
        </message>
        <message>
            <source>Move the chosen module down (Ctrl+Down)</source>
            <translation>下移选中的模块（Ctrl+Down）</translation>
        </message>
        <message>
            <source>Keep this look; friends see it once it is synced</source>
            <translation>保存这个装扮；同步后好友就能看到</translation>
        </message>
        <message>
            <source>No picture</source>
            <translation>无图片</translation>
        </message>
        <message>
            <source>A picture is set</source>
            <translation>已设置图片</translation>
        </message>
        <message>
            <source>%1 skin</source>
            <translation>%1皮肤</translation>
        </message>
        <message>
            <source>%1 (dark)</source>
            <translation>%1（深色）</translation>
        </message>
        <message>
            <source>The skin's (%1)</source>
            <translation>皮肤默认（%1）</translation>
        </message>
        <message>
            <source>Choose a background picture</source>
            <translation>选择背景图片</translation>
        </message>
        <message>
            <source>Pictures (*.jpg *.jpeg *.png *.webp *.gif)</source>
            <translation>图片 (*.jpg *.jpeg *.png *.webp *.gif)</translation>
        </message>
        <message>
            <source>Uploading the picture…</source>
            <translation>正在上传图片…</translation>
        </message>
        <message>
            <source>The picture could not be uploaded: %1</source>
            <translation>图片上传失败：%1</translation>
        </message>
        <message>
            <source>The picture is still uploading; wait for it, or choose No picture.</source>
            <translation>图片还在上传中；请等待上传完成，或者选择“无图片”。</translation>
        </message>
        <message>
            <source>Your decoration could not be saved: %1</source>
            <translation>装扮保存失败：%1</translation>
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
            <source>Delete %1? It will also be removed from the server and from your friends' feeds.</source>
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
        <message>
            <source>Word count</source>
            <translation>字数</translation>
        </message>
        <message>
            <source>Normal text</source>
            <translation>正文</translation>
        </message>
        <message>
            <source>Heading %1</source>
            <translation>标题 %1</translation>
        </message>
        <message>
            <source>Numbered list</source>
            <translation>编号列表</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>链接</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>照片</translation>
        </message>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n 字</numerusform>
            </translation>
        </message>
        <message>
            <source>Diary photos</source>
            <translation>日志照片</translation>
        </message>
        <message>
            <source>Photo not added: %1</source>
            <translation>照片未添加：%1</translation>
        </message>
        <message>
            <source>Insert photo</source>
            <translation>插入照片</translation>
        </message>
        <message>
            <source>Pictures (%1)</source>
            <translation>图片 (%1)</translation>
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
            <source>The item's id is not valid.</source>
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
        <message>
            <source>wrote a diary</source>
            <translation>写了一篇日志</translation>
        </message>
        <message>
            <source>reposted</source>
            <translation>转载了</translation>
        </message>
        <message numerus="yes">
            <source>added %n photo(s)</source>
            <translation>
                <numerusform>上传了 %n 张照片</numerusform>
            </translation>
        </message>
        <message>
            <source>added a track</source>
            <translation>添加了一首歌曲</translation>
        </message>
        <message numerus="yes">
            <source>posted a 说说 with %n photo(s)</source>
            <translation>
                <numerusform>发表了一条带 %n 张照片的说说</numerusform>
            </translation>
        </message>
        <message>
            <source>posted a 说说</source>
            <translation>发表了一条说说</translation>
        </message>
        <message>
            <source>The original is no longer there for you to see.</source>
            <translation>原文已不存在，或你已无权查看。</translation>
        </message>
        <message>
            <source>replied</source>
            <translation>回复了</translation>
        </message>
        <message>
            <source>Like</source>
            <translation>赞</translation>
        </message>
        <message numerus="yes">
            <source>%n comment(s)</source>
            <translation>
                <numerusform>%n 条评论</numerusform>
            </translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>评论</translation>
        </message>
        <message>
            <source>Repost</source>
            <translation>转载</translation>
        </message>
        <message>
            <source>No comments yet. Say something!</source>
            <translation>还没有评论，来说两句吧！</translation>
        </message>
        <message>
            <source>Write a comment, then press Enter…</source>
            <translation>写评论，按 Enter 发送…</translation>
        </message>
        <message>
            <source>Your comment</source>
            <translation>你的评论</translation>
        </message>
        <message>
            <source>Press Enter to send; it is saved here first and sent when the server can be reached</source>
            <translation>按 Enter 发送；评论会先保存在本机，连上服务器后再发送</translation>
        </message>
    </context>
    <context>
        <name>kj::ui::FeedPage</name>
        <message>
            <source>Friends' feed</source>
            <translation>好友动态</translation>
        </message>
        <message>
            <source>What your friends and you wrote and shared, newest first.</source>
            <translation>你和好友们写的、分享的内容，最新的在最前面。</translation>
        </message>
        <message>
            <source>New 说说</source>
            <translation>发说说</translation>
        </message>
        <message>
            <source>Write a 说说 (Ctrl+Shift+N)</source>
            <translation>写一条说说（Ctrl+Shift+N）</translation>
        </message>
        <message>
            <source>L likes, C shows the comments, R reposts the selected entry; Enter opens a diary</source>
            <translation>L 赞，C 显示评论，R 转载选中的动态；Enter 打开日志</translation>
        </message>
        <message>
            <source>Nothing here yet.
Write a 说说 above, or add friends on the Friends page: what they write and share shows here.</source>
            <translation>这里还什么都没有。
在上面写一条说说，或者在“好友”页面添加好友：他们写的、分享的内容会显示在这里。</translation>
        </message>
        <message>
            <source>Back to the feed (Esc)</source>
            <translation>返回好友动态（Esc）</translation>
        </message>
        <message>
            <source>This photo is not kept on this computer yet. It shows once the feed has synced.</source>
            <translation>这张照片还没有保存到本机。好友动态同步后就会显示。</translation>
        </message>
        <message>
            <source>The like was not saved: %1</source>
            <translation>赞未保存：%1</translation>
        </message>
        <message>
            <source>The repost was not saved: %1</source>
            <translation>转载未保存：%1</translation>
        </message>
        <message>
            <source>The comment was not saved: %1</source>
            <translation>评论未保存：%1</translation>
        </message>
        <message>
            <source>Take your like back (L)</source>
            <translation>取消赞（L）</translation>
        </message>
        <message>
            <source>Like (L)</source>
            <translation>赞（L）</translation>
        </message>
        <message>
            <source>Show or hide the comments (C)</source>
            <translation>显示或隐藏评论（C）</translation>
        </message>
        <message>
            <source>Repost to your own friends (R)</source>
            <translation>转载给你自己的好友（R）</translation>
        </message>
    </context>
    <context>
        <name>kj::ui::FriendGroupsPanel</name>
        <message>
            <source>Friend groups</source>
            <translation>好友分组</translation>
        </message>
        <message>
            <source>Your friend groups</source>
            <translation>你的好友分组</translation>
        </message>
        <message>
            <source>New group…</source>
            <translation>新建分组…</translation>
        </message>
        <message>
            <source>Make a new friend group</source>
            <translation>新建一个好友分组</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>重命名…</translation>
        </message>
        <message>
            <source>Rename the friend group</source>
            <translation>重命名好友分组</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Delete the friend group</source>
            <translation>删除好友分组</translation>
        </message>
        <message>
            <source>Members of the friend group</source>
            <translation>好友分组的成员</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>New friend group</source>
            <translation>新建好友分组</translation>
        </message>
        <message>
            <source>Name of the group (for example Family):</source>
            <translation>分组名称（例如：家人）：</translation>
        </message>
        <message>
            <source>Group not made: %1</source>
            <translation>分组未创建：%1</translation>
        </message>
        <message>
            <source>Group “%1” made. Tick the friends who belong to it.</source>
            <translation>分组“%1”已创建。勾选属于这个分组的好友。</translation>
        </message>
        <message>
            <source>Rename friend group</source>
            <translation>重命名好友分组</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>新名称：</translation>
        </message>
        <message>
            <source>Not renamed: %1</source>
            <translation>未重命名：%1</translation>
        </message>
        <message>
            <source>Renamed to “%1”.</source>
            <translation>已重命名为“%1”。</translation>
        </message>
        <message>
            <source>Delete friend group</source>
            <translation>删除好友分组</translation>
        </message>
        <message>
            <source>Delete the group “%1”? What you showed only to it will then be seen by you alone.</source>
            <translation>要删除分组“%1”吗？之前只给这个分组看的内容，以后就只有你自己能看了。</translation>
        </message>
        <message>
            <source>Not deleted: %1</source>
            <translation>未删除：%1</translation>
        </message>
        <message>
            <source>Group deleted.</source>
            <translation>分组已删除。</translation>
        </message>
        <message>
            <source>Not changed: %1</source>
            <translation>未更改：%1</translation>
        </message>
        <message>
            <source>Add friends first; then tick who belongs to “%1”.</source>
            <translation>请先添加好友，然后勾选属于“%1”的人。</translation>
        </message>
        <message>
            <source>Tick who belongs to “%1”.</source>
            <translation>勾选属于“%1”的人。</translation>
        </message>
        <message>
            <source>(not on the server yet)</source>
            <translation>（尚未上传到服务器）</translation>
        </message>
        <message>
            <source>No groups yet. A group lets you show a diary to some friends only: make one with New group.</source>
            <translation>还没有分组。分组可以让日志只给部分好友看：点击“新建分组”创建一个。</translation>
        </message>
        <message>
            <source>Pick a group to see and change who is in it.</source>
            <translation>选择一个分组，查看和修改其中的成员。</translation>
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
            <source>“%1” is not a valid username: 3 to 32 letters, digits, '_' or '.'.</source>
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
            <source>Remove %1 from your friends? You will no longer see each other's diaries for friends.</source>
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
        <message>
            <source>Remove the selected friend</source>
            <translation>删除选中的好友</translation>
        </message>
        <message>
            <source>Open space</source>
            <translation>进入空间</translation>
        </message>
        <message>
            <source>Open the selected friend's space</source>
            <translation>进入选中好友的空间</translation>
        </message>
        <message>
            <source>Visit this friend's space (or double-click them)</source>
            <translation>访问这位好友的空间（或双击）</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>好友请求</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>分组</translation>
        </message>
    </context>
    <context>
        <name>kj::ui::GuestbookDelegate</name>
        <message>
            <source>private</source>
            <translation>悄悄话</translation>
        </message>
        <message>
            <source>Your reply · %1</source>
            <translation>你的回复 · %1</translation>
        </message>
        <message>
            <source>Reply from %1 · %2</source>
            <translation>%1 的回复 · %2</translation>
        </message>
        <message>
            <source>not sent yet</source>
            <translation>未发送</translation>
        </message>
    </context>
    <context>
        <name>kj::ui::GuestbookView</name>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Ask the server for the newest messages</source>
            <translation>从服务器获取最新留言</translation>
        </message>
        <message>
            <source>Guestbook status</source>
            <translation>留言板状态</translation>
        </message>
        <message>
            <source>Guestbook messages</source>
            <translation>留言板留言</translation>
        </message>
        <message>
            <source>&amp;Reply…</source>
            <translation>回复(&amp;R)…</translation>
        </message>
        <message>
            <source>Answer the selected message (Ctrl+R)</source>
            <translation>回复选中的留言（Ctrl+R）</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <source>Delete the selected message (Delete)</source>
            <translation>删除选中的留言（Delete）</translation>
        </message>
        <message>
            <source>There is no user %1.</source>
            <translation>用户 %1 不存在。</translation>
        </message>
        <message>
            <source>Showing the messages saved on this computer: %1</source>
            <translation>正在显示保存在本机的留言：%1</translation>
        </message>
        <message>
            <source>Your message</source>
            <translation>你的留言</translation>
        </message>
        <message>
            <source>Say hello, leave a wish… (Ctrl+Enter sends)</source>
            <translation>打个招呼，送个祝福…（Ctrl+Enter 发送）</translation>
        </message>
        <message>
            <source>&amp;Leave message</source>
            <translation>留言(&amp;L)</translation>
        </message>
        <message>
            <source>Saved here at once and sent when the server can be reached (Ctrl+Enter)</source>
            <translation>立即保存在本机，连上服务器后发送（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>Your reply</source>
            <translation>你的回复</translation>
        </message>
        <message>
            <source>Your answer… (Ctrl+Enter sends, Esc cancels)</source>
            <translation>你的回复…（Ctrl+Enter 发送，Esc 取消）</translation>
        </message>
        <message>
            <source>&amp;Send reply</source>
            <translation>发送回复(&amp;S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Reply to %1</source>
            <translation>回复 %1</translation>
        </message>
        <message>
            <source>Your reply was not saved</source>
            <translation>你的回复未保存</translation>
        </message>
        <message>
            <source>Delete message</source>
            <translation>删除留言</translation>
        </message>
        <message>
            <source>Delete the message from %1? This cannot be undone.</source>
            <translation>要删除 %1 的留言吗？此操作无法撤销。</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>The message was not deleted</source>
            <translation>留言未删除</translation>
        </message>
        <message>
            <source>Your message was not saved</source>
            <translation>你的留言未保存</translation>
        </message>
        <message>
            <source>Reply…</source>
            <translation>回复…</translation>
        </message>
        <message>
            <source>Open %1's space</source>
            <translation>进入%1的空间</translation>
        </message>
        <message>
            <source>My guestbook</source>
            <translation>我的留言板</translation>
        </message>
        <message>
            <source>%1's guestbook</source>
            <translation>%1的留言板</translation>
        </message>
        <message>
            <source>Write in %1's guestbook</source>
            <translation>在%1的留言板留言</translation>
        </message>
        <message>
            <source>Private (only %1 and you can read it)</source>
            <translation>悄悄话（只有 %1 和你能看到）</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s)</source>
            <translation>
                <numerusform>%n 条留言</numerusform>
            </translation>
        </message>
        <message>
            <source>No messages in your guestbook yet.
When friends write to you, their messages appear here.</source>
            <translation>你的留言板还没有留言。
好友给你留言后，会显示在这里。</translation>
        </message>
        <message>
            <source>No messages yet. Be the first to write in %1's guestbook.</source>
            <translation>还没有留言。快来抢%1留言板的沙发吧。</translation>
        </message>
    </context>
    <context>
        <name>kj::ui::LinkDialog</name>
        <message>
            <source>Insert link</source>
            <translation>插入链接</translation>
        </message>
        <message>
            <source>Link text</source>
            <translation>链接文字</translation>
        </message>
        <message>
            <source>What the reader sees</source>
            <translation>读者看到的文字</translation>
        </message>
        <message>
            <source>Link address</source>
            <translation>链接地址</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>文字(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>地址(&amp;A)：</translation>
        </message>
        <message>
            <source>This is not a web address (like https://example.com) or an e-mail address.</source>
            <translation>这不是网址（例如 https://example.com），也不是电子邮件地址。</translation>
        </message>
    </context>
    <context>
        <name>kj::ui::MainWindow</name>
        <message>
            <source>%1's space — Kongjian</source>
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
            <source>Friends' feed</source>
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
            <source>&lt;h3&gt;Kongjian %1&lt;/h3&gt;&lt;p&gt;Your personal space: diaries and a friends' feed that work offline and sync with a Kongjian server.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;空间 %1&lt;/h3&gt;&lt;p&gt;你的个人空间：日志和好友动态，离线也能用，并与空间服务器同步。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>查看(&amp;V)</translation>
        </message>
        <message>
            <source>Friends' &amp;feed</source>
            <translation>好友动态(&amp;F)</translation>
        </message>
        <message>
            <source>F&amp;riends</source>
            <translation>好友(&amp;R)</translation>
        </message>
        <message>
            <source>My space</source>
            <translation>我的空间</translation>
        </message>
        <message>
            <source>My &amp;space</source>
            <translation>我的空间(&amp;S)</translation>
        </message>
        <message>
            <source>Your space as friends see it</source>
            <translation>好友看到的你的空间</translation>
        </message>
        <message>
            <source>My &amp;diaries</source>
            <translation>我的日志(&amp;D)</translation>
        </message>
        <message>
            <source>Albums</source>
            <translation>相册</translation>
        </message>
        <message>
            <source>&amp;Albums</source>
            <translation>相册(&amp;A)</translation>
        </message>
        <message>
            <source>Your photo albums</source>
            <translation>你的相册</translation>
        </message>
        <message>
            <source>Music</source>
            <translation>音乐</translation>
        </message>
        <message>
            <source>&amp;Music</source>
            <translation>音乐(&amp;M)</translation>
        </message>
        <message>
            <source>Your space's background music</source>
            <translation>你空间的背景音乐</translation>
        </message>
        <message>
            <source>Guestbook</source>
            <translation>留言板</translation>
        </message>
        <message>
            <source>&amp;Guestbook</source>
            <translation>留言板(&amp;G)</translation>
        </message>
        <message>
            <source>Messages friends left in your space</source>
            <translation>好友在你空间里的留言</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>访客</translation>
        </message>
        <message>
            <source>&amp;Visitors</source>
            <translation>访客(&amp;V)</translation>
        </message>
        <message>
            <source>Who came to see your space</source>
            <translation>谁来看过你的空间</translation>
        </message>
        <message>
            <source>Notifications</source>
            <translation>通知</translation>
        </message>
        <message>
            <source>&amp;Notifications</source>
            <translation>通知(&amp;N)</translation>
        </message>
        <message>
            <source>New comments, likes and messages</source>
            <translation>新的评论、赞和留言</translation>
        </message>
        <message>
            <source>Your friends, friend requests and groups</source>
            <translation>你的好友、好友请求和分组</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Se&amp;ttings</source>
            <translation>设置(&amp;T)</translation>
        </message>
        <message>
            <source>Skin, language and playback</source>
            <translation>皮肤、语言和播放</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <source>Go to %1</source>
            <translation>转到%1</translation>
        </message>
        <message>
            <source>That is not in your feed here (yet): a sync may bring it.</source>
            <translation>本机的好友动态里（还）没有这条内容：同步后可能会出现。</translation>
        </message>
        <message>
            <source>New &amp;album</source>
            <translation>新建相册(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>kj::ui::MusicPage</name>
        <message>
            <source>The background music could not be saved.</source>
            <translation>背景音乐保存失败。</translation>
        </message>
        <message>
            <source>Music</source>
            <translation>音乐</translation>
        </message>
        <message>
            <source>Your tracks, and the background music that plays in your space.</source>
            <translation>你的歌曲，以及在你空间里播放的背景音乐。</translation>
        </message>
        <message>
            <source>My tracks</source>
            <translation>我的歌曲</translation>
        </message>
        <message>
            <source>Add tracks…</source>
            <translation>添加歌曲…</translation>
        </message>
        <message>
            <source>Add audio files as tracks: they upload when the server can be reached (%1)</source>
            <translation>把音频文件添加为歌曲：连上服务器后上传（%1）</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>播放</translation>
        </message>
        <message>
            <source>Play my tracks from the one chosen</source>
            <translation>从选中的歌曲开始播放我的歌曲</translation>
        </message>
        <message>
            <source>Add to background music</source>
            <translation>添加到背景音乐</translation>
        </message>
        <message>
            <source>Add the chosen tracks to the background music of my space</source>
            <translation>把选中的歌曲添加到我空间的背景音乐</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Delete the chosen tracks (Del)</source>
            <translation>删除选中的歌曲（Del）</translation>
        </message>
        <message>
            <source>No tracks yet. Add MP3, FLAC, Ogg, M4A or WAV files, or drop them here.</source>
            <translation>还没有歌曲。添加 MP3、FLAC、Ogg、M4A 或 WAV 文件，或者拖到这里。</translation>
        </message>
        <message>
            <source>Background music of my space</source>
            <translation>我空间的背景音乐</translation>
        </message>
        <message>
            <source>Play when someone opens my space</source>
            <translation>有人打开我的空间时播放</translation>
        </message>
        <message>
            <source>Visitors who allow it hear the music as soon as they open your space</source>
            <translation>允许自动播放的访客一打开你的空间就能听到音乐</translation>
        </message>
        <message>
            <source>Shuffle</source>
            <translation>随机播放</translation>
        </message>
        <message>
            <source>Visitors hear the tracks in a random order</source>
            <translation>访客会以随机顺序听到歌曲</translation>
        </message>
        <message>
            <source>Play all</source>
            <translation>全部播放</translation>
        </message>
        <message>
            <source>Play the background music from its first track</source>
            <translation>从第一首开始播放背景音乐</translation>
        </message>
        <message>
            <source>Remove from background music</source>
            <translation>从背景音乐中移除</translation>
        </message>
        <message>
            <source>Take the chosen tracks out of the background music (Del); they stay among your tracks</source>
            <translation>把选中的歌曲移出背景音乐（Del）；它们仍保留在你的歌曲中</translation>
        </message>
        <message>
            <source>Drag tracks here from your tracks, then drag them into the order they play in.</source>
            <translation>把歌曲从“我的歌曲”拖到这里，再拖动调整播放顺序。</translation>
        </message>
        <message>
            <source>Music message</source>
            <translation>音乐提示</translation>
        </message>
        <message>
            <source>Audio files (*.mp3 *.ogg *.oga *.opus *.flac *.m4a *.wav)</source>
            <translation>音频文件 (*.mp3 *.ogg *.oga *.opus *.flac *.m4a *.wav)</translation>
        </message>
        <message>
            <source>Add tracks</source>
            <translation>添加歌曲</translation>
        </message>
        <message numerus="yes">
            <source>Preparing %n file(s)…</source>
            <translation>
                <numerusform>正在准备 %n 个文件…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n track(s) added: they upload when the server can be reached, then play for your visitors.</source>
            <translation>
                <numerusform>已添加 %n 首歌曲：连上服务器后上传，之后访客就能听到。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is not a sound file that can be uploaded (MP3, Ogg, FLAC, M4A or WAV).</source>
            <translation>%1 不是可以上传的音频文件（MP3、Ogg、FLAC、M4A 或 WAV）。</translation>
        </message>
        <message>
            <source>%1 is larger than 50 MB, the most a track can be.</source>
            <translation>%1 超过 50 MB，这是单首歌曲的上限。</translation>
        </message>
        <message>
            <source>%1 could not be added.</source>
            <translation>%1 无法添加。</translation>
        </message>
        <message>
            <source>Delete “%1”? It also leaves your background music, and its likes and comments go with it.</source>
            <translation>要删除“%1”吗？它也会从背景音乐中移除，它收到的赞和评论也会一并删除。</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n tracks? They also leave your background music, and their likes and comments go with them.</source>
            <translation>
                <numerusform>要删除 %n 首歌曲吗？它们也会从背景音乐中移除，收到的赞和评论也会一并删除。</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete tracks</source>
            <translation>删除歌曲</translation>
        </message>
        <message>
            <source>The track could not be deleted.</source>
            <translation>歌曲删除失败。</translation>
        </message>
        <message>
            <source>This track plays once its file is uploaded.</source>
            <translation>文件上传后才能播放这首歌曲。</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>未同步</translation>
        </message>
        <message>
            <source>Saved here; it goes to the server with the next sync, then your visitors hear it.</source>
            <translation>已保存在本机；下次同步时会上传到服务器，之后访客就能听到。</translation>
        </message>
    </context>
    <context>
        <name>kj::ui::NotificationDelegate</name>
        <message>
            <source>“%1”</source>
            <translation>“%1”</translation>
        </message>
    </context>
    <context>
        <name>kj::ui::NotificationText</name>
        <message>
            <source>post</source>
            <translation>说说</translation>
        </message>
        <message>
            <source>diary</source>
            <translation>日志</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>照片</translation>
        </message>
        <message>
            <source>album</source>
            <translation>相册</translation>
        </message>
        <message>
            <source>repost</source>
            <translation>转载</translation>
        </message>
        <message>
            <source>track</source>
            <translation>歌曲</translation>
        </message>
        <message>
            <source>%1 liked your %2</source>
            <translation>%1 赞了你的%2</translation>
        </message>
        <message>
            <source>%1 commented on your %2</source>
            <translation>%1 评论了你的%2</translation>
        </message>
        <message>
            <source>%1 replied to your comment</source>
            <translation>%1 回复了你的评论</translation>
        </message>
        <message>
            <source>%1 reposted your post</source>
            <translation>%1 转载了你的说说</translation>
        </message>
        <message>
            <source>%1 wrote in your guestbook</source>
            <translation>%1 在你的留言板留言了</translation>
        </message>
        <message>
            <source>%1 answered your message in their guestbook</source>
            <translation>%1 在留言板回复了你的留言</translation>
        </message>
        <message>
            <source>%1 wants to be your friend</source>
            <translation>%1 想加你为好友</translation>
        </message>
        <message>
            <source>%1 accepted your friend request</source>
            <translation>%1 接受了你的好友请求</translation>
        </message>
    </context>
    <context>
        <name>kj::ui::NotificationsPage</name>
        <message>
            <source>Notifications</source>
            <translation>通知</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Ask the server for new notifications</source>
            <translation>从服务器获取新通知</translation>
        </message>
        <message>
            <source>&amp;Mark all read</source>
            <translation>全部标为已读(&amp;M)</translation>
        </message>
        <message>
            <source>Mark every notification read (Ctrl+Shift+M)</source>
            <translation>把所有通知标为已读（Ctrl+Shift+M）</translation>
        </message>
        <message>
            <source>Notifications status</source>
            <translation>通知状态</translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%n 条未读</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing new.
Comments, likes, guestbook messages and friend requests show up here.</source>
            <translation>暂无新消息。
评论、赞、留言和好友请求都会显示在这里。</translation>
        </message>
        <message>
            <source>You are offline: the server could not be reached.</source>
            <translation>你处于离线状态：无法连接服务器。</translation>
        </message>
        <message>
            <source>%1 Showing the notifications as of %2.</source>
            <translation>%1 正在显示截至 %2 的通知。</translation>
        </message>
    </context>
    <context>
        <name>kj::ui::PhotoExifText</name>
        <message>
            <source> · </source>
            <extracomment>Between the facts on one line of a photo's details: "f/4 · 1/250 s · ISO 400"</extracomment>
            <translation> · </translation>
        </message>
        <message>
            <source>f/%1</source>
            <translation>f/%1</translation>
        </message>
        <message>
            <source>1/%1 s</source>
            <extracomment>An exposure time under a second: 1/250 s</extracomment>
            <translation>1/%1 秒</translation>
        </message>
        <message>
            <source>%1 s</source>
            <extracomment>An exposure time in seconds: 2.5 s</extracomment>
            <translation>%1 秒</translation>
        </message>
        <message>
            <source>ISO %1</source>
            <translation>ISO %1</translation>
        </message>
        <message>
            <source>%1 mm</source>
            <extracomment>A lens's focal length in millimetres: 50 mm</extracomment>
            <translation>%1 毫米</translation>
        </message>
    </context>
    <context>
        <name>kj::ui::PhotoViewer</name>
        <message>
            <source>Back to the album (Esc)</source>
            <translation>返回相册（Esc）</translation>
        </message>
        <message>
            <source>Previous photo (Left)</source>
            <translation>上一张（Left）</translation>
        </message>
        <message>
            <source>Next photo (Right)</source>
            <translation>下一张（Right）</translation>
        </message>
        <message>
            <source>Zoom out (-)</source>
            <translation>缩小（-）</translation>
        </message>
        <message>
            <source>Zoom in (+)</source>
            <translation>放大（+）</translation>
        </message>
        <message>
            <source>Fit to the window (F)</source>
            <translation>适应窗口（F）</translation>
        </message>
        <message>
            <source>Actual size, 100% (1)</source>
            <translation>实际大小，100%（1）</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>照片</translation>
        </message>
        <message>
            <source>Caption</source>
            <translation>照片描述</translation>
        </message>
        <message>
            <source>Add a caption</source>
            <translation>添加描述</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Save the caption</source>
            <translation>保存描述</translation>
        </message>
        <message>
            <source>Like this photo</source>
            <translation>赞这张照片</translation>
        </message>
        <message>
            <source>Like (Ctrl+L)</source>
            <translation>赞（Ctrl+L）</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>评论</translation>
        </message>
        <message>
            <source>Comments on this photo</source>
            <translation>这张照片的评论</translation>
        </message>
        <message>
            <source>Write a comment</source>
            <translation>写评论</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>发送</translation>
        </message>
        <message>
            <source>Send the comment</source>
            <translation>发送评论</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>This photo cannot be shown now. It is loaded when the server can be reached.</source>
            <translation>这张照片现在无法显示，连上服务器后会加载。</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>第 %1 张，共 %2 张</translation>
        </message>
        <message>
            <source>Not uploaded yet.</source>
            <translation>尚未上传。</translation>
        </message>
        <message>
            <source>Taken: %1</source>
            <translation>拍摄时间：%1</translation>
        </message>
        <message>
            <source>Size: %1 × %2 pixels (%3 megapixels)</source>
            <translation>尺寸：%1 × %2 像素（%3 百万像素）</translation>
        </message>
        <message>
            <source>Uploaded: %1</source>
            <translation>上传时间：%1</translation>
        </message>
        <message>
            <source>Who can see it: %1</source>
            <translation>谁可以看：%1</translation>
        </message>
        <message>
            <source>Your change is saved here and will be sent with the next sync.</source>
            <translation>你的更改已保存在本机，将在下次同步时发送。</translation>
        </message>
        <message>
            <source>(not sent yet)</source>
            <translation>（未发送）</translation>
        </message>
        <message numerus="yes">
            <source>%n like(s)</source>
            <translation>
                <numerusform>%n 个赞</numerusform>
            </translation>
        </message>
        <message>
            <source>Camera: %1</source>
            <translation>相机：%1</translation>
        </message>
        <message>
            <source>Exposure: %1</source>
            <translation>曝光：%1</translation>
        </message>
    </context>
    <context>
        <name>kj::ui::Player</name>
        <message>
            <source>This track's file cannot be played here.</source>
            <translation>这首歌曲的文件无法在这里播放。</translation>
        </message>
        <message>
            <source>The track cannot be played: %1</source>
            <translation>这首歌曲无法播放：%1</translation>
        </message>
        <message>
            <source>This track's audio is not on the server (yet).</source>
            <translation>这首歌曲的音频（还）不在服务器上。</translation>
        </message>
    </context>
    <context>
        <name>kj::ui::PlayerBar</name>
        <message>
            <source>&amp;Play</source>
            <translation>播放(&amp;P)</translation>
        </message>
        <message>
            <source>P&amp;revious track</source>
            <translation>上一首(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Next track</source>
            <translation>下一首(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Shuffle</source>
            <translation>随机播放(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Repeat</source>
            <translation>循环(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Mute</source>
            <translation>静音(&amp;M)</translation>
        </message>
        <message>
            <source>Music player</source>
            <translation>音乐播放器</translation>
        </message>
        <message>
            <source>Cover art</source>
            <translation>封面</translation>
        </message>
        <message>
            <source>Position in the track</source>
            <translation>播放进度</translation>
        </message>
        <message>
            <source>Time played</source>
            <translation>已播放时间</translation>
        </message>
        <message>
            <source>Length of the track</source>
            <translation>歌曲时长</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>音量</translation>
        </message>
        <message>
            <source>Nothing playing</source>
            <translation>没有正在播放的歌曲</translation>
        </message>
        <message>
            <source>Choose music on the Music page</source>
            <translation>在“音乐”页面选择音乐</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>暂停(&amp;P)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>播放</translation>
        </message>
        <message>
            <source>&amp;Repeat: off</source>
            <translation>循环：关(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Repeat: all</source>
            <translation>循环：全部(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Repeat: this track</source>
            <translation>循环：单曲(&amp;R)</translation>
        </message>
        <message>
            <source>Sound on</source>
            <translation>取消静音</translation>
        </message>
        <message>
            <source>Mute</source>
            <translation>静音</translation>
        </message>
    </context>
    <context>
        <name>kj::ui::RejectedIndicator</name>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>%n 条被拒绝</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The server refused %n change(s) for good. Click to see why and what they said, then dismiss them.</source>
            <translation>
                <numerusform>服务器最终拒绝了 %n 项更改。点击查看原因和内容，然后忽略它们。</numerusform>
            </translation>
        </message>
        <message>
            <source>Refused changes</source>
            <translation>被拒绝的更改</translation>
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
            <extracomment>a date in this year, e.g. "Mar 14" / "3月14日" (QDate format)</extracomment>
            <translation>M月d日</translation>
        </message>
        <message>
            <source>MMM d, yyyy</source>
            <extracomment>a date in another year, e.g. "Mar 14, 2025" / "2025年3月14日" (QDate format)</extracomment>
            <translation>yyyy年M月d日</translation>
        </message>
    </context>
    <context>
        <name>kj::ui::RepostDialog</name>
        <message>
            <source>Repost</source>
            <translation>转载</translation>
        </message>
        <message>
            <source>Say something about it (optional)</source>
            <translation>说点什么吧（可选）</translation>
        </message>
        <message>
            <source>Your words with the repost</source>
            <translation>你转载时说的话</translation>
        </message>
        <message>
            <source>&amp;Comment:</source>
            <translation>评论(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Audience:</source>
            <translation>谁可以看(&amp;A)：</translation>
        </message>
        <message>
            <source>Who can see the repost (never more people than can see the original)</source>
            <translation>谁可以看这条转发（不会超过能看到原文的人）</translation>
        </message>
    </context>
    <context>
        <name>kj::ui::SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>&amp;Interface language:</source>
            <translation>界面语言(&amp;I)：</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>界面语言</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>System (%1)</source>
            <translation>跟随系统（%1）</translation>
        </message>
        <message>
            <source>Playback and notifications</source>
            <translation>播放和通知</translation>
        </message>
        <message>
            <source>Play a space's background music when I open it</source>
            <translation>打开空间时播放其背景音乐</translation>
        </message>
        <message>
            <source>Autoplay background music</source>
            <translation>自动播放背景音乐</translation>
        </message>
        <message>
            <source>Show new comments, likes and guestbook messages from the tray</source>
            <translation>在托盘中显示新的评论、赞和留言</translation>
        </message>
        <message>
            <source>Tray notifications</source>
            <translation>托盘通知</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>账号</translation>
        </message>
        <message>
            <source>Signed in as %1 (@%2) on %3</source>
            <translation>已登录：%1（@%2），服务器 %3</translation>
        </message>
        <message>
            <source>Account and server</source>
            <translation>账号和服务器</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <source>Sign out of this account</source>
            <translation>退出这个账号</translation>
        </message>
        <message>
            <source>Refused changes</source>
            <translation>被拒绝的更改</translation>
        </message>
        <message>
            <source>Changes the server refused for good (for example a comment on something deleted meanwhile). Their words are kept here until you dismiss them: copy what you need first.</source>
            <translation>服务器最终拒绝的更改（例如对一条已被删除的内容的评论）。它们的内容会保留在这里，直到你忽略它们：请先复制你需要的部分。</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>忽略</translation>
        </message>
        <message>
            <source>Dismiss the selected refused change</source>
            <translation>忽略选中的被拒绝的更改</translation>
        </message>
        <message>
            <source>Dismiss all</source>
            <translation>全部忽略</translation>
        </message>
        <message>
            <source>Dismiss every refused change</source>
            <translation>忽略所有被拒绝的更改</translation>
        </message>
        <message>
            <source>Nothing was refused: every change you made reached the server or is on its way.</source>
            <translation>没有被拒绝的更改：你做的每项更改都已到达服务器，或正在发送中。</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) refused. Pick one to see why and what it said.</source>
            <translation>
                <numerusform>%n 项更改被拒绝。选择一项查看原因和内容。</numerusform>
            </translation>
        </message>
        <message>
            <source>Why: %1</source>
            <translation>原因：%1</translation>
        </message>
        <message>
            <source>Refused: %1</source>
            <translation>被拒绝：%1</translation>
        </message>
        <message>
            <source>It said: %1</source>
            <translation>内容：%1</translation>
        </message>
        <message>
            <source>Not dismissed: %1</source>
            <translation>未忽略：%1</translation>
        </message>
        <message>
            <source>Every page and open window changes at once; dates and numbers follow the language too.</source>
            <translation>所有页面和打开的窗口会立即切换；日期和数字也随语言变化。</translation>
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
        <name>kj::ui::ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>快捷键</translation>
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
            <source>Your diaries and your friends' news, also offline.</source>
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
            <source>A username has 3 to 32 characters: lower-case letters, digits, '_' and '.'.</source>
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
        <name>kj::ui::Skin</name>
        <message>
            <source>Classic</source>
            <translation>经典</translation>
        </message>
        <message>
            <source>Sakura</source>
            <translation>樱花</translation>
        </message>
        <message>
            <source>Ocean</source>
            <translation>海洋</translation>
        </message>
        <message>
            <source>Bamboo</source>
            <translation>翠竹</translation>
        </message>
        <message>
            <source>Night</source>
            <translation>夜色</translation>
        </message>
    </context>
    <context>
        <name>kj::ui::SocialArea</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message numerus="yes">
            <source>%1, %n unread</source>
            <translation>
                <numerusform>%1，%n 条未读</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kj::ui::SpacePage</name>
        <message>
            <source>Space</source>
            <translation>空间</translation>
        </message>
        <message>
            <source>&amp;Back to my space</source>
            <translation>返回我的空间(&amp;B)</translation>
        </message>
        <message>
            <source>Leave this space and show yours</source>
            <translation>离开这个空间，显示你自己的空间</translation>
        </message>
        <message>
            <source>Decoration not synced yet</source>
            <translation>装扮未同步</translation>
        </message>
        <message>
            <source>Saved on this computer; friends see it once it is sent to the server</source>
            <translation>已保存在本机；发送到服务器后好友就能看到</translation>
        </message>
        <message>
            <source>&amp;Decorate…</source>
            <translation>装扮(&amp;D)…</translation>
        </message>
        <message>
            <source>Choose a skin, colours, a background picture and the modules of your space (Ctrl+Shift+D)</source>
            <translation>选择空间的皮肤、颜色、背景图片和模块（Ctrl+Shift+D）</translation>
        </message>
        <message>
            <source>Opening %1's space…</source>
            <translation>正在打开%1的空间…</translation>
        </message>
        <message>
            <source>There is no user %1.</source>
            <translation>用户 %1 不存在。</translation>
        </message>
        <message>
            <source>%1's space could not be opened: %2</source>
            <translation>无法打开%1的空间：%2</translation>
        </message>
        <message>
            <source>Shown as it was on %1: the server could not be reached.</source>
            <translation>无法连接服务器：显示的是 %1 时的内容。</translation>
        </message>
        <message>
            <source>My space</source>
            <translation>我的空间</translation>
        </message>
        <message>
            <source>%1's space</source>
            <translation>%1的空间</translation>
        </message>
        <message>
            <source>Your space shows no modules. Choose some with Decorate.</source>
            <translation>你的空间没有显示任何模块。请在“装扮”中选择。</translation>
        </message>
        <message>
            <source>%1 shows nothing in their space.</source>
            <translation>%1的空间没有展示任何内容。</translation>
        </message>
        <message>
            <source>Profile card</source>
            <translation>个人资料卡</translation>
        </message>
        <message>
            <source>%1's picture</source>
            <translation>%1的头像</translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n 张照片</numerusform>
            </translation>
        </message>
        <message>
            <source>not synced yet</source>
            <translation>未同步</translation>
        </message>
        <message>
            <source>No 说说 yet. Say something in the feed.</source>
            <translation>还没有说说。去好友动态里说点什么吧。</translation>
        </message>
        <message>
            <source>No 说说 you may see.</source>
            <translation>没有你可以看的说说。</translation>
        </message>
        <message numerus="yes">
            <source>%n diary(s)</source>
            <translation>
                <numerusform>%n 篇日志</numerusform>
            </translation>
        </message>
        <message>
            <source>No diaries yet. Write your first one.</source>
            <translation>还没有日志。写下第一篇吧。</translation>
        </message>
        <message>
            <source>No diaries you may see.</source>
            <translation>没有你可以看的日志。</translation>
        </message>
        <message>
            <source>No albums yet.</source>
            <translation>还没有相册。</translation>
        </message>
        <message>
            <source>No albums you may see.</source>
            <translation>没有你可以看的相册。</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>照片</translation>
        </message>
        <message numerus="yes">
            <source>%n track(s)</source>
            <translation>
                <numerusform>%n 首歌曲</numerusform>
            </translation>
        </message>
        <message>
            <source>No background music yet.</source>
            <translation>还没有背景音乐。</translation>
        </message>
        <message>
            <source>No background music.</source>
            <translation>没有背景音乐。</translation>
        </message>
        <message>
            <source>The tracks are not on this computer yet.</source>
            <translation>这些歌曲还没有保存到本机。</translation>
        </message>
        <message>
            <source>&amp;Play</source>
            <translation>播放(&amp;P)</translation>
        </message>
        <message>
            <source>Play your space's background music</source>
            <translation>播放你空间的背景音乐</translation>
        </message>
        <message>
            <source>Play %1's background music</source>
            <translation>播放%1的背景音乐</translation>
        </message>
        <message>
            <source>No messages yet.</source>
            <translation>还没有留言。</translation>
        </message>
        <message>
            <source>No messages yet. Be the first to leave one.</source>
            <translation>还没有留言。快来抢沙发吧。</translation>
        </message>
        <message>
            <source>Only %1 sees who visited.</source>
            <translation>只有 %1 能看到谁来访过。</translation>
        </message>
        <message>
            <source>Visitors show when the server can be reached.</source>
            <translation>连上服务器后才会显示访客。</translation>
        </message>
        <message numerus="yes">
            <source>%n visit(s) in all</source>
            <translation>
                <numerusform>共 %n 次访问</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody has visited yet.</source>
            <translation>还没有人来访过。</translation>
        </message>
    </context>
    <context>
        <name>kj::ui::StatusComposer</name>
        <message>
            <source>What's new? Write a 说说…</source>
            <translation>有什么新鲜事？写条说说吧…</translation>
        </message>
        <message>
            <source>Your 说说</source>
            <translation>你的说说</translation>
        </message>
        <message>
            <source>Photos of the 说说</source>
            <translation>说说的照片</translation>
        </message>
        <message>
            <source>Double-click a photo (or select it and press Delete) to take it out</source>
            <translation>双击照片（或选中后按 Delete）即可移除</translation>
        </message>
        <message>
            <source>&amp;Photos</source>
            <translation>照片(&amp;P)</translation>
        </message>
        <message numerus="yes">
            <source>Add up to %n photo(s) (or drop them here)</source>
            <translation>
                <numerusform>最多添加 %n 张照片（或拖到这里）</numerusform>
            </translation>
        </message>
        <message>
            <source>Add photos</source>
            <translation>添加照片</translation>
        </message>
        <message>
            <source>Characters used</source>
            <translation>已用字数</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>发表</translation>
        </message>
        <message>
            <source>Post the 说说 (Ctrl+Enter). It is saved here first and sent when the server can be reached.</source>
            <translation>发表说说（Ctrl+Enter）。会先保存在本机，连上服务器后发送。</translation>
        </message>
        <message>
            <source>Choose photos for the 说说</source>
            <translation>为说说选择照片</translation>
        </message>
        <message>
            <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</source>
            <translation>图片 (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</translation>
        </message>
        <message numerus="yes">
            <source>A 说说 shows at most %n photo(s); the others were left out.</source>
            <translation>
                <numerusform>一条说说最多显示 %n 张照片；其余的已被略去。</numerusform>
            </translation>
        </message>
        <message>
            <source>Not a picture this program can read: %1</source>
            <translation>本程序无法读取的图片：%1</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Too long: a 说说 holds at most %1 characters</source>
            <translation>太长了：一条说说最多 %1 个字</translation>
        </message>
        <message>
            <source>Characters used of the most a 说说 holds</source>
            <translation>已用字数 / 说说字数上限</translation>
        </message>
        <message>
            <source>%1 is not a picture the server takes (JPEG, PNG, WebP or GIF).</source>
            <translation>%1 不是服务器接受的图片格式（JPEG、PNG、WebP 或 GIF）。</translation>
        </message>
        <message>
            <source>%1 is damaged and cannot be shown.</source>
            <translation>%1 已损坏，无法显示。</translation>
        </message>
        <message>
            <source>%1 is too large (at most 50 MB and 100 megapixels).</source>
            <translation>%1 太大了（最大 50 MB、1 亿像素）。</translation>
        </message>
        <message>
            <source>%1 cannot be read.</source>
            <translation>%1 无法读取。</translation>
        </message>
        <message>
            <source>The 说说 was not saved. Remove these photos and post again:</source>
            <translation>说说未保存。请移除这些照片后重新发表：</translation>
        </message>
        <message>
            <source>The 说说 was not saved: %1</source>
            <translation>说说未保存：%1</translation>
        </message>
        <message>
            <source>Preparing…</source>
            <translation>正在准备…</translation>
        </message>
        <message>
            <source>Who can see the 说说</source>
            <translation>谁可以看这条说说</translation>
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
            <source>Sending your changes and fetching your friends' news.</source>
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
            <source>The server refused %n change(s) for good (say, a comment on something deleted meanwhile). Their words are kept on this computer: Settings › Refused changes lists them (or click the refused count). Click to sync now (F5).</source>
            <translation>
                <numerusform>服务器最终拒绝了 %n 项更改（例如对一条已被删除的内容的评论）。它们的内容保存在本机：在“设置 › 被拒绝的更改”中可以看到（或点击被拒绝的数量）。点击立即同步（F5）。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kj::ui::TrackDelegate</name>
        <message>
            <source>Waiting to upload</source>
            <translation>等待上传</translation>
        </message>
        <message>
            <source>Uploading %1%</source>
            <translation>正在上传 %1%</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>未同步</translation>
        </message>
        <message>
            <source>Unknown artist</source>
            <translation>未知歌手</translation>
        </message>
    </context>
    <context>
        <name>kj::ui::TrayIcon</name>
        <message>
            <source>Kongjian</source>
            <translation>空间</translation>
        </message>
        <message>
            <source>&amp;Show Kongjian</source>
            <translation>显示空间(&amp;S)</translation>
        </message>
        <message>
            <source>S&amp;ync now</source>
            <translation>立即同步(&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
    </context>
    <context>
        <name>kj::ui::UploadDelegate</name>
        <message>
            <source>Paused</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <source>Uploading</source>
            <translation>正在上传</translation>
        </message>
        <message>
            <source>Will retry</source>
            <translation>稍后重试</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>等待中</translation>
        </message>
    </context>
    <context>
        <name>kj::ui::UploadPanel</name>
        <message>
            <source>Uploads</source>
            <translation>上传</translation>
        </message>
        <message>
            <source>Progress of all uploads</source>
            <translation>所有上传的进度</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Pause the selected file</source>
            <translation>暂停选中的文件</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>继续</translation>
        </message>
        <message>
            <source>Resume the selected file</source>
            <translation>继续上传选中的文件</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Cancel the selected file</source>
            <translation>取消选中的文件</translation>
        </message>
        <message>
            <source>Pause all</source>
            <translation>全部暂停</translation>
        </message>
        <message>
            <source>Pause every upload</source>
            <translation>暂停所有上传</translation>
        </message>
        <message>
            <source>Resume all</source>
            <translation>全部继续</translation>
        </message>
        <message>
            <source>Resume every upload</source>
            <translation>继续所有上传</translation>
        </message>
        <message>
            <source>Cancel all</source>
            <translation>全部取消</translation>
        </message>
        <message>
            <source>Cancel every upload</source>
            <translation>取消所有上传</translation>
        </message>
        <message>
            <source>Files being uploaded</source>
            <translation>正在上传的文件</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s): %1 of %2</source>
            <translation>
                <numerusform>%n 个文件：%1 / %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kj::ui::UploadProgress</name>
        <message>
            <source>Uploading %1 of %2…</source>
            <translation>正在上传第 %1 个，共 %2 个…</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) waiting to upload</source>
            <translation>
                <numerusform>%n 个文件等待上传</numerusform>
            </translation>
        </message>
        <message>
            <source>Now: %1</source>
            <translation>当前：%1</translation>
        </message>
        <message>
            <source>Photos and music go up in the background and go on where they stopped after a break. %1</source>
            <translation>照片和音乐在后台上传，中断后会从断点继续。%1</translation>
        </message>
        <message>
            <source>Upload progress</source>
            <translation>上传进度</translation>
        </message>
    </context>
    <context>
        <name>kj::ui::VisitorsPage</name>
        <message>
            <source>Visitors</source>
            <translation>访客</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Ask the server who came lately</source>
            <translation>从服务器获取最近的访客</translation>
        </message>
        <message>
            <source>Visitors status</source>
            <translation>访客状态</translation>
        </message>
        <message>
            <source>Visitors of your space</source>
            <translation>你空间的访客</translation>
        </message>
        <message>
            <source>&amp;Open space</source>
            <translation>进入空间(&amp;O)</translation>
        </message>
        <message>
            <source>Visit the selected person's space (Enter)</source>
            <translation>访问选中的人的空间（Enter）</translation>
        </message>
        <message numerus="yes">
            <source>%n visit(s) in all</source>
            <translation>
                <numerusform>共 %n 次访问</numerusform>
            </translation>
        </message>
        <message>
            <source>You are offline: the server could not be reached.</source>
            <translation>你处于离线状态：无法连接服务器。</translation>
        </message>
        <message>
            <source>%1 Showing the visitors as of %2.</source>
            <translation>%1 正在显示截至 %2 的访客。</translation>
        </message>
        <message>
            <source>Visitors are kept on the server. Connect to see who came to your space.</source>
            <translation>访客记录保存在服务器上。连接后即可看到谁来过你的空间。</translation>
        </message>
        <message>
            <source>No visitors yet.
When friends open your space, they appear here.</source>
            <translation>还没有访客。
好友打开你的空间后，会显示在这里。</translation>
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
