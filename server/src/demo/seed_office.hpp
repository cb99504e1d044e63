#pragma once
// Demo office life (机关建设) for the two demo committees: their bodies and staff (created only where
// missing, by name, so the organisation seed may come first or not), the rules library, publicity articles
// and rewards, care events and letters, supervised tasks, plans with monthly notices, quarterly assessments
// and Daye's 2021 rank. The figures the seed reports quote come out of the API when computed on these
// records:
//   Daye 2021: 36 working rules (履职 and 内控) revised and 12 Party-building rules established;
//   Qingjian 2020: 206 articles in the media, ¥19,560 in rewards ("200余篇", "近2万元");
//   Daye's office: 4th among the city's units in 2021.
// Deterministic; the work rhythm (plans, tasks, letters) is dated around today. Skips a committee whose rules
// library is not empty.
#include <cstdint>
#include <string>

#include "storage/db.hpp"

namespace zhixie::demo {

void seed_office(storage::Tx& tx, int64_t committee_id, const std::string& code);

}  // namespace zhixie::demo
