#pragma once
#include "domains/consultation/consultation.hpp"

namespace zhixie::consultation {

// Checks the fields into e; returns the row's values (form, title, topic, held_on, place, summary, now).
storage::Params activity_params(storage::Tx& tx, const auth::Principal& me, const ActivityFields& f,
                                FieldErrors& e);
nlohmann::json activity_json(storage::Tx& tx, int64_t committee_id,
                             int64_t id);  // 404 if not the committee's

}  // namespace zhixie::consultation
