#pragma once
// Demo members: a current term of about 200 members per committee with realistic sectors, townships,
// posts and valid ID numbers; the demo member and leader logins linked to member records; the liaison
// tree with a season of contact logs. Deterministic, and idempotent (skips a committee that has a term).
#include <cstdint>
#include <string>

#include "storage/db.hpp"

namespace zhixie::demo {

struct MemberSeedSpec {
    std::string code;         // committee code
    std::string region_code;  // first six digits of local ID numbers
    int count = 200;
    std::string term_name;  // 第十届
    int term_number = 10;
    std::string term_start;   // YYYY-MM-DD
    std::string town_prefix;  // 县 or 市, for work units
    uint32_t seed = 1;
};

void seed_members(storage::Tx& tx, int64_t committee_id, const MemberSeedSpec& spec);

}  // namespace zhixie::demo
