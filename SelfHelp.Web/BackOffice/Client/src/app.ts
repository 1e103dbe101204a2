// Umbraco's back office application (<umb-app>) with UUI's stylesheet, as Umbraco.Cms.StaticAssets serves it.
import '@umbraco-ui/uui-css/dist/uui-css.css';
import './app.css';
import '@umbraco-cms/backoffice/app';
