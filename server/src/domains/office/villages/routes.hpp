#pragma once
// The village assistance routes (/api/v1/office/villages…, village-funds, village-projects), registered with
// the other office areas by office/routes.cpp.
#include "app/app.hpp"
#include "http/router.hpp"

namespace zhixie::routes {
void office_villages(http::Router& r, App& app);
}  // namespace zhixie::routes
