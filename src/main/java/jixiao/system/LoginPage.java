package jixiao.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page (the form posts to Spring Security's /login). */
@Controller
public class LoginPage {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
