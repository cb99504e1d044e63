#include "demo/demo_person.hpp"

#include "auth/sessions.hpp"

namespace zhixie::demo {

std::optional<Person> person(storage::Db& db, int64_t committee_id, const std::string& username) {
    auto tx = db.read();
    auto u = tx.one("SELECT id FROM users WHERE committee_id = :c AND username = :u",
                    {{"c", committee_id}, {"u", username}});
    if (!u) return std::nullopt;
    auto p = auth::load_principal(tx, u->i("id"), auth::AuthSettings{});
    if (!p) return std::nullopt;
    return Person{*p, {p->user_id, p->committee_id, p->username, ""}};
}

}  // namespace zhixie::demo
