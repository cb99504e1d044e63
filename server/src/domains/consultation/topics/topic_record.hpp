#pragma once
#include "domains/consultation/consultation.hpp"

namespace zhixie::consultation {

// The FROM … WHERE of topic lists (aliases t, c = case, st = state, m = member, un = unit, b = lead body) and
// its columns.
extern const char* kTopicFrom;
extern const char* kTopicColumns;
nlohmann::json topic_row_json(const storage::Row& r);
// The topic with its case (history and the steps the caller may take now); 404 if not the committee's.
nlohmann::json topic_json(storage::Tx& tx, const auth::Principal& me, int64_t id);

}  // namespace zhixie::consultation
