#include "server-stub/api/routes.h"

#include "server-stub/api/paging.h"
#include "server-stub/store/diaryrepository.h"

namespace kj::server::api {

namespace {
ApiResult feed(const ApiContext &context, const Call &call)
{
    Result<DiaryPageRequest> request = diaryPageRequest(call.request.query);
    if (!request)
        return request.error();
    Result<store::DiaryPage> page = store::DiaryRepository(context.db()).feed(call.caller->userId, request->after, request->limit);
    if (!page)
        return page.error();
    return diaryPageResponse(*page);
}
} // namespace

void addFeedRoutes(Router &router, const ApiContext &context)
{
    router.add("GET", QStringLiteral("/api/v1/feed"), Access::SignedIn,
               [context](const Call &call) { return feed(context, call); });
}

} // namespace kj::server::api
