#pragma once
// The demo's meetings and activities, lecture series, donations, deeds and Party life (seed_meetings.cpp).
#include <cstdint>
#include <string>

#include "storage/db.hpp"

namespace zhixie::demo {

// Through the meetings use cases, after the members, staff, Party tree and logins exist; place: 清涧县 |
// 大冶市.
void seed_meetings(storage::Db& db, int64_t committee_id, const std::string& code, const std::string& place);

}  // namespace zhixie::demo
