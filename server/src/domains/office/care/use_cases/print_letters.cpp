#include "domains/office/care/care.hpp"
#include "domains/office/common.hpp"
#include "services/print/document.hpp"

namespace zhixie::office::care {

std::string print_letters(storage::Db& db, const auth::Principal& me, const std::vector<int64_t>& ids) {
    if (ids.empty()) throw AppError::missing_field("ids");
    auto tx = db.read();
    print::Document doc("关怀信件");
    bool first = true;
    for (int64_t id : ids) {
        auto l = letter_json(tx, me.committee_id, id);
        if (!first) doc.page_break();
        first = false;
        const std::string body = l["body"].get<std::string>();
        const auto nl = body.find('\n');
        doc.heading(l["title"].get<std::string>())
            .line(body.substr(0, nl), "salutation")
            .paragraphs(nl == std::string::npos ? "" : body.substr(nl + 1))
            .line(me.committee_name, "signature")
            .line(cn_date(cst_date(l["created_at"].get<std::string>())), "signature");
    }
    return doc.html();
}

}  // namespace zhixie::office::care
