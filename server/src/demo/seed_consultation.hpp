#pragma once
// Demo social-conditions information, consultation topics, activities and supervision for one committee, each
// step taken by the real use cases as the demo user whose step it is, with the clock set to the day it
// happened: Daye's 2021 information year (17 items adopted into its 信息专报, some sent up and adopted
// higher, leaders' instructions) and, for both committees, this year's items, a topic pipeline ending in the
// annual plan, an activity of each consultation form with speeches and reports, and a supervision item of
// each mode. Idempotent: a committee that has information items is left alone. Runs from `zhixie seed-demo`
// only (it moves the process clock while it works).
#include <cstdint>
#include <string>

#include "storage/db.hpp"

namespace zhixie::demo {

struct ConsultationSeedSpec {
    std::string code;        // qingjian | daye
    std::string place;       // 清涧县 | 大冶市
    std::string level;       // 县 | 市
    std::string specialty;   // the local farm product
    std::string heritage;    // a local historic site
    std::string ecology;     // the local ecological task
    bool info_2021 = false;  // Daye: the information year the report quotes
};

void seed_consultation(storage::Db& db, int64_t committee_id, const ConsultationSeedSpec& spec);

}  // namespace zhixie::demo
