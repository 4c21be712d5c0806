#pragma once

#include "server-stub/api/apicontext.h"
#include "server-stub/api/router.h"

namespace kj::server::api {

//! Every route of the API (design.md section 2), registered by one function per resource file.
void addApiRoutes(Router &router, const ApiContext &context);
//! The route table (method + pattern) without a running server, to compare with docs/openapi.yaml.
[[nodiscard]] QList<RouteInfo> apiRoutes();
//! Resolves "Authorization: Bearer <token>" against the session store.
[[nodiscard]] Authenticator bearerAuthenticator(const ApiContext &context);

void addHealthRoutes(Router &router, const ApiContext &context);   // healthapi.cpp
void addMetricsRoutes(Router &router, const ApiContext &context);  // metricsapi.cpp
void addAccountRoutes(Router &router, const ApiContext &context);  // accountsapi.cpp
void addSessionRoutes(Router &router, const ApiContext &context);  // sessionsapi.cpp
void addUserRoutes(Router &router, const ApiContext &context);     // usersapi.cpp
void addFriendRoutes(Router &router, const ApiContext &context);   // friendsapi.cpp
void addDiaryRoutes(Router &router, const ApiContext &context);    // diariesapi.cpp
void addFeedRoutes(Router &router, const ApiContext &context);     // feedapi.cpp
void addChangeRoutes(Router &router, const ApiContext &context);   // changesapi.cpp
void addSpaceRoutes(Router &router, const ApiContext &context);    // spaceapi.cpp
void addGuestbookRoutes(Router &router, const ApiContext &context); // guestbookapi.cpp
void addVisitRoutes(Router &router, const ApiContext &context);    // visitsapi.cpp
void addPostRoutes(Router &router, const ApiContext &context);     // postsapi.cpp
void addCommentRoutes(Router &router, const ApiContext &context);  // commentsapi.cpp
void addLikeRoutes(Router &router, const ApiContext &context);     // likesapi.cpp
void addUploadRoutes(Router &router, const ApiContext &context);   // uploadsapi.cpp
void addAlbumRoutes(Router &router, const ApiContext &context);    // albumsapi.cpp
void addPhotoRoutes(Router &router, const ApiContext &context);    // photosapi.cpp
void addMediaRoutes(Router &router, const ApiContext &context);    // mediaapi.cpp
void addGroupRoutes(Router &router, const ApiContext &context);    // groupsapi.cpp
void addTrackRoutes(Router &router, const ApiContext &context);    // tracksapi.cpp
void addRepostRoutes(Router &router, const ApiContext &context);   // repostsapi.cpp
void addNotificationRoutes(Router &router, const ApiContext &context); // notificationsapi.cpp

} // namespace kj::server::api
