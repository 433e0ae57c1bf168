package web

import (
	"net/http"

	"bantin/internal/model"
)

// undoField is the form field of the "Đăng ký lại" button that the pages of
// an unsubscribe link show once the address has unsubscribed ("Bấm nhầm?").
const undoField = "undo"

// resubscribe answers that button: an address that unsubscribed is active
// again at once, with the topics and provinces it had. The signed link in
// its digest proves the address as a confirmation link does, so no new
// confirmation is mailed — the form's would be held back for an hour after
// the last one, and the choices would have to be made again. An active
// address stays so. A bounced or pending one is not activated (mail to it
// failed, or it never confirmed): the page sends it to the form.
func (s *Server) resubscribe(w http.ResponseWriter, r *http.Request, sub model.Subscriber) error {
	switch sub.Status {
	case model.StatusActive:
	case model.StatusUnsubscribed:
		if err := s.st.SetSubscriberStatus(r.Context(), sub.ID, model.StatusActive); err != nil {
			return err
		}
		s.log.Info("subscriber resubscribed", "subscriber_id", sub.ID)
		sub.Status = model.StatusActive
	default:
		v := s.formView("Chưa đăng ký lại được", nil, nil)
		v.Message = "Thư gửi tới địa chỉ này đã bị trả lại, hoặc đăng ký chưa được xác nhận: " +
			"hãy đăng ký lại bằng biểu mẫu để nhận thư xác nhận mới."
		return s.subPage(w, r, http.StatusOK, "subscribe_error.html", v)
	}
	v := s.formView("Đã đăng ký lại", sub.Topics, sub.Provinces)
	v.Email, v.Status = sub.Email, sub.Status
	v.PreferencesURL = s.cfg.Subscriptions.Links.Preferences(sub.ID, sub.Email)
	return s.subPage(w, r, http.StatusOK, "confirm_done.html", v)
}
