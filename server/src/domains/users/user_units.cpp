#include "core/error.hpp"
#include "domains/users/users.hpp"

namespace zhixie::users {

void set_user_units(storage::Tx& tx, int64_t committee_id, int64_t user_id,
                    const std::vector<int64_t>& unit_ids) {
    for (int64_t unit : unit_ids)
        if (!tx.one("SELECT id FROM units WHERE id = :u AND committee_id = :c",
                    {{"u", unit}, {"c", committee_id}}))
            throw AppError::unprocessable("unknown_unit", {{"unit_id", unit}});
    tx.exec("DELETE FROM user_units WHERE user_id = :u", {{"u", user_id}});
    for (int64_t unit : unit_ids)
        if (!tx.one("SELECT user_id FROM user_units WHERE user_id = :u AND unit_id = :n",
                    {{"u", user_id}, {"n", unit}}))
            tx.exec("INSERT INTO user_units (user_id, unit_id) VALUES (:u, :n)",
                    {{"u", user_id}, {"n", unit}});
}

}  // namespace zhixie::users
