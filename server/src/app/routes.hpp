#pragma once
// Each area registers its own routes; handlers only read input, call one use case and shape the output.
#include "app/app.hpp"
#include "http/router.hpp"

namespace zhixie::routes {

void health(http::Router& r, App& app);
void auth(http::Router& r, App& app);
void committees(http::Router& r, App& app);
void users(http::Router& r, App& app);
void audit(http::Router& r, App& app);
void workflows(http::Router& r, App& app);
void org(http::Router& r, App& app);
void staff(http::Router& r, App& app);
void members(http::Router& r, App& app);
void liaison(http::Router& r, App& app);
void proposals(http::Router& r, App& app);
void office(http::Router& r, App& app);

}  // namespace zhixie::routes
