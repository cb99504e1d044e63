#pragma once
// The duty domain's routes (registered in app.cpp with the others).
#include "app/app.hpp"
#include "http/router.hpp"

namespace zhixie::routes {

void duty(http::Router& r, App& app);

}  // namespace zhixie::routes
