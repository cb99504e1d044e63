#pragma once
// Organisation demo data for the two county-level committees of the seed reports: working bodies with their
// posts and history (Qingjian's 一室三委 → 一室五委, Daye's 农业农村委 and 信息中心), sectors, township
// activity groups, member studios, the Party chain, handling units, and office staff with the career events
// the reports describe. Everything goes through the use cases, so the figures the product shows are
// computed from it. Idempotent: what exists is skipped.
#include <cstdint>
#include <string>

#include "storage/db.hpp"

namespace zhixie::demo {

// code: "qingjian" or "daye" (other committees get nothing).
void seed_org(storage::Tx& tx, int64_t committee_id, const std::string& code);

}  // namespace zhixie::demo
