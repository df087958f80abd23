package rectify.supervision;

/** How a notification leaves the system besides the inbox: e-mail, or a 企业微信 / 钉钉 group robot. */
public enum Channel { EMAIL, WECOM, DINGTALK }
