// What SelfHelp's own sign-in page (/umbraco/login) is built with: UUI's components and stylesheet, not the app.
import '@umbraco-ui/uui-css/dist/uui-css.css';
import '@umbraco-ui/uui';
